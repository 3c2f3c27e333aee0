use calc_core::Calculator;

pub enum Route {
    Index,
    Tool(&'static dyn Calculator),
    Embed(&'static dyn Calculator),
    /// `/tools/<slug>/compare/`: scenarios of the calculator side by side (`compare`).
    Compare(&'static dyn Calculator),
    NotFound,
}

/// The route for a path. Trailing slashes are accepted because static hosts redirect
/// `/tools/x` to the directory `/tools/x/`. A scenario's own page (`/tools/x/<key>/`,
/// `scenario_pages`) is its calculator's route: the document says which scenario it shows.
pub fn parse(path: &str) -> Route {
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty() && *s != "index.html").collect();
    match segments.as_slice() {
        [] | ["tools"] => Route::Index,
        ["tools", slug, "compare"] => registry::find(slug).map_or(Route::NotFound, Route::Compare),
        ["tools", slug] | ["tools", slug, _] => registry::find(slug).map_or(Route::NotFound, Route::Tool),
        ["embed", slug] | ["embed", slug, _] => registry::find(slug).map_or(Route::NotFound, Route::Embed),
        _ => Route::NotFound,
    }
}
