use calc_core::Calculator;

pub enum Route {
    Index,
    Tool(&'static dyn Calculator),
    Embed(&'static dyn Calculator),
    NotFound,
}

/// The route for a path. Trailing slashes are accepted because static hosts redirect
/// `/tools/x` to the directory `/tools/x/`.
pub fn parse(path: &str) -> Route {
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty() && *s != "index.html").collect();
    match segments.as_slice() {
        [] | ["tools"] => Route::Index,
        ["tools", slug] => registry::find(slug).map_or(Route::NotFound, Route::Tool),
        ["embed", slug] => registry::find(slug).map_or(Route::NotFound, Route::Embed),
        _ => Route::NotFound,
    }
}
