//! The camera button of `/paga-avviso`: where the browser has a barcode reader
//! (`BarcodeDetector` reading QR codes) and a camera, a button opens the camera, and the first
//! pagoPA QR code it reads fills the QR field and sends its form (the same GET search as typing
//! the text). Without the reader, or without JavaScript, the button never shows.

use leptos::prelude::*;

/// The ids the island and its script share with the page's QR form.
pub const QR_FORM_ID: &str = "qr-form";
pub const QR_INPUT_ID: &str = "qr";
const VIDEO_ID: &str = "qr-video";
const FAILURE_ID: &str = "qr-failure";

#[cfg(feature = "hydrate")]
mod camera {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen(inline_js = r#"
let stream = null;
let timer = null;

export function qrReaderAvailable() {
  return typeof window.BarcodeDetector === "function" && !!(navigator.mediaDevices && navigator.mediaDevices.getUserMedia);
}

export function stopQrScan(videoId) {
  if (timer) { clearTimeout(timer); timer = null; }
  if (stream) { stream.getTracks().forEach((track) => track.stop()); stream = null; }
  const video = document.getElementById(videoId);
  if (video) { video.srcObject = null; video.hidden = true; }
}

export async function startQrScan(videoId, inputId, formId, failureId) {
  const video = document.getElementById(videoId);
  const failure = document.getElementById(failureId);
  if (failure) { failure.hidden = true; }
  try {
    const formats = await window.BarcodeDetector.getSupportedFormats();
    if (!formats.includes("qr_code")) { throw new Error("no QR codes"); }
    const detector = new window.BarcodeDetector({ formats: ["qr_code"] });
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
    video.srcObject = stream;
    video.hidden = false;
    await video.play();
    const look = async () => {
      if (!stream) { return; }
      try {
        const codes = await detector.detect(video);
        const code = codes.find((c) => c.rawValue.startsWith("PAGOPA|"));
        if (code) {
          document.getElementById(inputId).value = code.rawValue;
          stopQrScan(videoId);
          document.getElementById(formId).requestSubmit();
          return;
        }
      } catch (_) { /* a frame that could not be read: try the next */ }
      timer = setTimeout(look, 250);
    };
    look();
  } catch (_) {
    stopQrScan(videoId);
    if (failure) { failure.hidden = false; }
  }
}
"#)]
    extern "C" {
        #[wasm_bindgen(js_name = qrReaderAvailable)]
        pub fn qr_reader_available() -> bool;
        #[wasm_bindgen(js_name = startQrScan)]
        pub fn start_qr_scan(video_id: &str, input_id: &str, form_id: &str, failure_id: &str) -> JsValue;
        #[wasm_bindgen(js_name = stopQrScan)]
        pub fn stop_qr_scan(video_id: &str);
    }
}

/// `scan`, `stop`, `failed`: the button's words, the close button's, and what to say when the
/// camera cannot be used (already translated: islands carry no tables).
#[island]
pub fn QrScanner(scan: String, stop: String, failed: String) -> impl IntoView {
    let available = RwSignal::new(false);
    let scanning = RwSignal::new(false);
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| available.set(camera::qr_reader_available()));
    let start = move |_| {
        scanning.set(true);
        #[cfg(feature = "hydrate")]
        let _ = camera::start_qr_scan(VIDEO_ID, QR_INPUT_ID, QR_FORM_ID, FAILURE_ID);
    };
    let close = move |_| {
        scanning.set(false);
        #[cfg(feature = "hydrate")]
        camera::stop_qr_scan(VIDEO_ID);
    };
    view! {
        <div class="qr-scanner" hidden=move || !available.get()>
            <button type="button" class="button button--secondary" hidden=move || scanning.get() on:click=start>{scan}</button>
            <button type="button" class="button button--secondary" hidden=move || !scanning.get() on:click=close>{stop}</button>
            <video id=VIDEO_ID class="qr-scanner__video" playsinline=true muted=true hidden=true aria-hidden="true"></video>
            <p id=FAILURE_ID class="field__error" role="status" hidden=true>{failed}</p>
        </div>
    }
}
