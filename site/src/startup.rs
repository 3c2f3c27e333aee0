//! What a calculator or embed page says before its wasm has taken over. While a link's
//! scenario is pending, "Reading the scenario in the link…" above skeleton cards; when the
//! wasm cannot start (blocked, offline, an old browser), at once, or when it has not started
//! within a few seconds, why, with "Retry" and "Show the default example". `assets/theme.js`
//! (inlined before the first paint) sets the attributes on `html` that choose what shows
//! (`data-pending`, `data-start="slow|failed"`, `data-start-defaults`) and handles the two
//! buttons; `style.css` shows the parts. The client's `mark_ready` ends all of it.

use leptos::prelude::*;

#[component]
pub fn StartNotes() -> impl IntoView {
    view! {
        <p class="pending-note" role="status">"Reading the scenario in the link…"</p>
        <div class="start-note" role="alert">
            <p>
                <strong class="start-slow">"The calculator is taking longer than usual to start."</strong>
                <strong class="start-failed">"The calculator could not start in this browser."</strong>
                " It needs WebAssembly, which a browser setting, an extension or a network filter may block (or the connection dropped)."
                <span class="start-link">" Until it starts, the scenario in the link cannot be shown."</span>
                <span class="start-chosen">" Until it starts, the figures below are the default example’s, not the link’s scenario."</span>
                <span class="start-plain">" Until it starts, the figures below are for the default inputs and do not follow changes to them."</span>
            </p>
            <p class="start-actions">
                <button type="button" data-start-do="retry">"Retry"</button>
                <button type="button" class="secondary start-link" data-start-do="defaults">"Show the default example"</button>
            </p>
        </div>
    }
}
