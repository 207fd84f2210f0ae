//! Media the page follows: the system's colour scheme (charts draw in its palette), print (the
//! print-only parts of the page are built only while it is printed) and whether an element is on screen
//! (the sticky summary shows while the option cards are not).

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Keeps `signal` equal to whether the media query `query` matches. For signals that live as long as
/// the page: the listener is never removed.
fn watch(query: &str, signal: RwSignal<bool>) {
    let Some(list) = window().match_media(query).ok().flatten() else {
        return;
    };
    signal.set(list.matches());
    let watched = list.clone();
    let on_change = Closure::<dyn Fn()>::new(move || signal.set(watched.matches()));
    if list
        .add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref())
        .is_ok()
    {
        on_change.forget();
    }
}

/// Keeps `dark` equal to the system's colour scheme. Called once.
pub fn watch_color_scheme(dark: RwSignal<bool>) {
    watch("(prefers-color-scheme: dark)", dark);
}

/// Keeps `printing` true while the page is printed or shown as printed (print preview, or print media
/// emulated by developer tools). `beforeprint` comes before the browser lays the page out for paper,
/// and the parts it builds are built in the microtasks right after it, so they are on paper. Called once.
pub fn watch_print(printing: RwSignal<bool>) {
    watch("print", printing);
    let before = window_event_listener(leptos::ev::beforeprint, move |_| printing.set(true));
    let after = window_event_listener(leptos::ev::afterprint, move |_| printing.set(false));
    // Owned by the app, which lives as long as the page; removed if it is ever unmounted.
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
}

/// Keeps `visible` equal to whether `element` is at least partly inside the viewport, until the current
/// owner is cleaned up.
pub fn watch_visible(element: &web_sys::Element, visible: RwSignal<bool>) {
    let on_change = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        // The last entry is the newest state.
        if let Ok(entry) = entries
            .pop()
            .dyn_into::<web_sys::IntersectionObserverEntry>()
        {
            visible.set(entry.is_intersecting());
        }
    });
    // The observer holds the callback; both go with it (`into_js_value` leaves the callback to the
    // JavaScript garbage collector).
    let callback = on_change.into_js_value();
    let Ok(observer) = web_sys::IntersectionObserver::new(callback.unchecked_ref()) else {
        return;
    };
    observer.observe(element);
    let observer = send_wrapper::SendWrapper::new(observer);
    on_cleanup(move || observer.disconnect());
}
