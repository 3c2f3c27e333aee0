use calc_core::Calculator;

pub enum Route {
    Index,
    Tool(&'static dyn Calculator),
    Embed(&'static dyn Calculator),
    NotFound,
}

/// The route for the page's path. Trailing slashes are accepted because static hosts
/// redirect `/tools/x` to the directory `/tools/x/`.
pub fn current() -> Route {
    let path = web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or_default();
    parse(&path)
}

pub fn parse(path: &str) -> Route {
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty() && *s != "index.html").collect();
    match segments.as_slice() {
        [] | ["tools"] => Route::Index,
        ["tools", slug] => registry::find(slug).map_or(Route::NotFound, Route::Tool),
        ["embed", slug] => registry::find(slug).map_or(Route::NotFound, Route::Embed),
        _ => Route::NotFound,
    }
}
