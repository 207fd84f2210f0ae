//! Entry point of the browser app: install the panic banner, mount the calculator.

#[cfg(target_arch = "wasm32")]
fn main() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_panic_banner();
    }));
    support_calc::ui::start();
}

/// Shows the banner of `index.html` in the page's language. Nothing here touches storage, so saved
/// scenarios stay exactly as the last successful save left them.
#[cfg(target_arch = "wasm32")]
fn show_panic_banner() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(banner) = document.get_element_by_id("panic-banner") else {
        return;
    };
    let lang = document
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .unwrap_or_default();
    let shown = if lang == "de" { "de" } else { "en" };
    if let Ok(paragraphs) = banner.query_selector_all("p[lang]") {
        for i in 0..paragraphs.length() {
            if let Some(p) = paragraphs
                .get(i)
                .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
            {
                let _ = if p.get_attribute("lang").as_deref() == Some(shown) {
                    p.remove_attribute("hidden")
                } else {
                    p.set_attribute("hidden", "")
                };
            }
        }
    }
    let _ = banner.remove_attribute("hidden");
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("support-calc is a web app: run `make serve` and open http://127.0.0.1:8080");
}
