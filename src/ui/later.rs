//! The page is built in parts, one part per frame, top first.
//!
//! Building the whole page in the start-up task blocked a slow phone for several hundred milliseconds:
//! besides running the components, the browser compiles each WebAssembly function on its first call, and
//! the first layout of new elements is far slower than later ones. So `<Later>` marks a part that is
//! built in a task of its own, and the parts wait for each other: after one part is built the browser
//! lays it out and paints it in the next frame before the next part starts. No task then grows with the
//! size of the page.
//!
//! Parts run in document order: parts created while building a part (nested ones) come before the parts
//! already waiting, which all lie below it. So whatever is on screen never moves when a part arrives.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

thread_local! {
    /// The parts still to build, in the order they will be built.
    static WAITING: RefCell<VecDeque<RwSignal<bool>>> = const { RefCell::new(VecDeque::new()) };
    /// Where the next new part is inserted: counts up from the front of `WAITING`, and is reset to the
    /// front each time a part is built, so that the parts it contains come next.
    static INSERT_AT: Cell<usize> = const { Cell::new(0) };
    /// A step is already scheduled.
    static SCHEDULED: Cell<bool> = const { Cell::new(false) };
}

/// Builds its children in a later task, after the parts of the page above them have been built and
/// painted.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(false);
    let waiting = StoredValue::new(false);
    // A part joins the queue when its place is built, not when the component is created: the view of a
    // `Show` is created only when it is built, after the components that follow it were created.
    move || {
        if ready.get() {
            Some(children())
        } else {
            if !waiting.get_value() {
                waiting.set_value(true);
                wait(ready);
            }
            None
        }
    }
}

/// True while some part of the page is still waiting to be built (for tests, which wait for the
/// whole page).
pub fn pending() -> bool {
    WAITING.with(|w| !w.borrow().is_empty())
}

fn wait(ready: RwSignal<bool>) {
    WAITING.with(|w| {
        let mut waiting = w.borrow_mut();
        let at = INSERT_AT.get().min(waiting.len());
        waiting.insert(at, ready);
        INSERT_AT.set(at + 1);
    });
    schedule();
}

/// Builds the next part that still exists (a part whose place in the page was removed before its turn,
/// because the view was switched, is skipped). In a hidden tab, which has no frames and whose timers
/// are slowed to one a second, it builds every waiting part at once: nobody is waiting on the page.
fn step() {
    SCHEDULED.set(false);
    INSERT_AT.set(0);
    let all = document().hidden();
    while let Some(ready) = WAITING.with(|w| w.borrow_mut().pop_front()) {
        if ready.try_set(true).is_none() && !all {
            break;
        }
    }
    if !pending() {
        announce_built();
    }
    schedule();
}

/// Tells the page's scripts, once, that the page is built: `data-built` on the root element, and a
/// `page-built` event on the document. `register-sw.js` registers the service worker only then: its
/// precaching of every file of the build (some forty since the parts were split off), run while the
/// parts were still being built, competed with them for the CPU: on a two-core host Lighthouse mobile
/// (6.8x) measured a total blocking time of 390-830 ms with it at `load`, 220-460 ms with it here.
fn announce_built() {
    let document = document();
    let Some(root) = document.document_element() else {
        return;
    };
    // The attribute is also the record that it was said: parts built later (another view) say nothing.
    if root.has_attribute("data-built") {
        return;
    }
    let _ = root.set_attribute("data-built", "");
    if let Ok(event) = web_sys::Event::new("page-built") {
        let _ = document.dispatch_event(&event);
    }
}

/// The next step runs after the next frame has laid out and painted what the last one built: a timer
/// set from an animation frame callback fires after that frame.
fn schedule() {
    if SCHEDULED.get() || !pending() {
        return;
    }
    SCHEDULED.set(true);
    let set_timer = || {
        let step = Closure::once_into_js(step);
        let _ =
            window().set_timeout_with_callback_and_timeout_and_arguments_0(step.unchecked_ref(), 0);
    };
    if document().hidden() {
        set_timer();
    } else {
        let after_frame = Closure::once_into_js(set_timer);
        let _ = window().request_animation_frame(after_frame.unchecked_ref());
    }
}
