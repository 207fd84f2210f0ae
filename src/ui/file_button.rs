//! A button that opens the browser's file chooser, with the hidden file input behind it: the share
//! bar's scenario import and the workload's helpdesk export.

use leptos::prelude::*;

use super::AppState;

/// The button (`test_id`) and its hidden input (`input_test_id`, which tests fill); `on_files` gets
/// the files chosen. The input is emptied after each choice, so that the same file can be chosen again.
#[component]
pub fn FileButton(
    label: (&'static str, &'static str),
    test_id: &'static str,
    input_test_id: &'static str,
    accept: &'static str,
    #[prop(optional)] multiple: bool,
    on_files: impl Fn(Vec<web_sys::File>) + 'static,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let input_ref = NodeRef::<leptos::html::Input>::new();
    let choose = move |_| {
        if let Some(input) = input_ref.get_untracked() {
            input.click();
        }
    };
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(list) = input.files() else { return };
        let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        input.set_value("");
        on_files(files);
    };
    view! {
        <button type="button" class="button secondary" data-testid=test_id on:click=choose>
            {state.t(label.0, label.1)}
        </button>
        <input
            type="file"
            accept=accept
            multiple=multiple
            class="visually-hidden"
            tabindex="-1"
            aria-hidden="true"
            data-testid=input_test_id
            node_ref=input_ref
            on:change=on_change
        />
    }
}
