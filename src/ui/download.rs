//! Offering text, bytes or a data URL to the browser as a file to download: exports, the workbook, the
//! chart's PNG, and a stored value that could not be kept aside.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Why a download could not be offered, in English and German.
pub type DownloadError = (&'static str, &'static str);

const NO_DOWNLOAD: DownloadError = (
    "the browser did not accept the download",
    "der Browser hat den Download nicht angenommen",
);

/// Offers `href` (a data or object URL) to the browser as a download named `file`.
pub fn download_url(href: &str, file: &str) -> Result<(), DownloadError> {
    let document = document();
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| NO_DOWNLOAD)?
        .unchecked_into();
    a.set_href(href);
    a.set_download(file);
    a.set_hidden(true);
    let body = document.body().ok_or(NO_DOWNLOAD)?;
    let _ = body.append_child(&a);
    a.click();
    a.remove();
    Ok(())
}

/// Offers text as a file.
pub fn download_text(text: &str, file: &str, mime: &str) -> Result<(), DownloadError> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| NO_DOWNLOAD)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| NO_DOWNLOAD)?;
    let result = download_url(&url, file);
    let _ = web_sys::Url::revoke_object_url(&url);
    result
}

/// Offers bytes as a file (a workbook).
pub fn download_bytes(bytes: &[u8], file: &str, mime: &str) -> Result<(), DownloadError> {
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(|_| NO_DOWNLOAD)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| NO_DOWNLOAD)?;
    let result = download_url(&url, file);
    let _ = web_sys::Url::revoke_object_url(&url);
    result
}
