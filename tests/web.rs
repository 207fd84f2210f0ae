//! Browser tests: the real components mounted in headless Chromium (wasm-bindgen-test).
//! Run with `make test-browser`.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Document, HtmlElement, HtmlInputElement};

use support_calc::App;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts the app in a fresh container and returns that container. The app stays mounted for the test.
async fn mount() -> HtmlElement {
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), App);
    std::mem::forget(handle);
    settle().await;
    container
}

/// Lets effects and rendering catch up.
async fn settle() {
    for _ in 0..3 {
        leptos::task::tick().await;
    }
}

fn by_test_id(root: &HtmlElement, id: &str) -> HtmlElement {
    root.query_selector(&format!("[data-testid='{id}']"))
        .unwrap()
        .unwrap_or_else(|| panic!("no element with data-testid {id}"))
        .unchecked_into()
}

fn text(root: &HtmlElement, id: &str) -> String {
    by_test_id(root, id).text_content().unwrap_or_default()
}

async fn type_into(root: &HtmlElement, id: &str, value: &str) {
    let input: HtmlInputElement = by_test_id(root, id).unchecked_into();
    input.set_value(value);
    let event = web_sys::Event::new("input").unwrap();
    input.dispatch_event(&event).unwrap();
    settle().await;
}

#[wasm_bindgen_test]
async fn the_app_mounts_with_the_spec_example() {
    let root = mount().await;
    assert_eq!(text(&root, "cost-diy"), "$7,350");
    assert_eq!(text(&root, "cost-employee"), "$8,530");
    assert_eq!(text(&root, "cost-contractor"), "$5,283");
    assert_eq!(text(&root, "cost-platform"), "$5,089");
    let cheapest = by_test_id(&root, "cheapest");
    assert_eq!(
        cheapest.get_attribute("data-option").as_deref(),
        Some("platform")
    );
    assert!(text(&root, "break-even-list").contains("from 30 tickets per month"));
    assert!(root
        .query_selector("canvas[data-testid='chart']")
        .unwrap()
        .is_some());
    root.remove();
}

#[wasm_bindgen_test]
async fn changing_tickets_updates_the_do_it_yourself_cost() {
    let root = mount().await;
    // 600 tickets: 125 h tier 1 + 120 h tier 2 at 60 = 14,700.
    type_into(&root, "input-workload-tickets_per_month", "600").await;
    assert_eq!(text(&root, "cost-diy"), "$14,700");
    root.remove();
}

#[wasm_bindgen_test]
async fn an_invalid_value_shows_its_message_and_keeps_the_last_valid_figures() {
    let root = mount().await;
    type_into(&root, "input-workload-tickets_per_month", "600").await;
    type_into(&root, "input-workload-tickets_per_month", "-3").await;
    let alert = root
        .query_selector("[role='alert']")
        .unwrap()
        .expect("an error message");
    let message = alert.text_content().unwrap();
    assert!(message.contains("Tickets per month"), "{message}");
    assert!(message.contains("from 0 to 1,000,000"), "{message}");
    let input = by_test_id(&root, "input-workload-tickets_per_month");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(
        text(&root, "cost-diy"),
        "$14,700",
        "results keep the last valid value"
    );

    type_into(&root, "input-workload-tickets_per_month", "abc").await;
    assert!(root.query_selector("[role='alert']").unwrap().is_some());
    assert_eq!(text(&root, "cost-diy"), "$14,700");

    // Fixing the value clears the message and updates the results.
    type_into(&root, "input-workload-tickets_per_month", "300").await;
    assert!(root.query_selector("[role='alert']").unwrap().is_none());
    assert_eq!(text(&root, "cost-diy"), "$7,350");
    root.remove();
}

#[wasm_bindgen_test]
async fn percentages_are_typed_as_percent() {
    let root = mount().await;
    let input: HtmlInputElement =
        by_test_id(&root, "input-workload-tier1_resolution_rate").unchecked_into();
    assert_eq!(input.value(), "70");
    // 100% resolution: no tier 2, so doing it yourself is 62.5 h x 60 = 3,750.
    type_into(&root, "input-workload-tier1_resolution_rate", "100").await;
    assert_eq!(text(&root, "cost-diy"), "$3,750");
    root.remove();
}

#[wasm_bindgen_test]
async fn switching_an_option_off_removes_it_from_the_comparison() {
    let root = mount().await;
    let switch: HtmlInputElement = by_test_id(&root, "toggle-platform").unchecked_into();
    switch.click();
    settle().await;
    assert_eq!(text(&root, "cost-platform"), "Off");
    let cheapest = by_test_id(&root, "cheapest");
    assert_eq!(
        cheapest.get_attribute("data-option").as_deref(),
        Some("contractor")
    );
    assert!(!text(&root, "break-even-list").contains("platform"));
    root.remove();
}

#[wasm_bindgen_test]
async fn a_preset_fills_every_input() {
    let root = mount().await;
    let select: web_sys::HtmlSelectElement = by_test_id(&root, "preset").unchecked_into();
    select.set_value("solo");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;
    let tickets: HtmlInputElement =
        by_test_id(&root, "input-workload-tickets_per_month").unchecked_into();
    assert_eq!(tickets.value(), "150");
    let founder: HtmlInputElement =
        by_test_id(&root, "input-rates-founder_hourly").unchecked_into();
    assert_eq!(founder.value(), "80");
    assert!(text(&root, "cheapest").contains("150 tickets"));
    root.remove();
}

#[wasm_bindgen_test]
async fn plans_can_be_added_and_removed() {
    let root = mount().await;
    let count = |root: &HtmlElement| root.query_selector_all("li.plan").unwrap().length();
    assert_eq!(count(&root), 3);
    by_test_id(&root, "add-plan").click();
    settle().await;
    assert_eq!(count(&root), 4);
    by_test_id(&root, "remove-plan-1").click();
    settle().await;
    assert_eq!(count(&root), 3);
    // Without Growth, Scale (1,390) is cheapest at 750 replies: 1,390 + 3,600 + 180 = 5,170.
    assert_eq!(text(&root, "cost-platform"), "$5,170");
    root.remove();
}
