// Compiles the app's WebAssembly off the page's main thread (started by index.html, see
// scripts/loader.mjs): the page receives the compiled module and only has to instantiate it.
self.onmessage = async (event) => {
  const { url, integrity } = event.data;
  try {
    const response = await fetch(url, { integrity, credentials: "same-origin" });
    self.postMessage(await WebAssembly.compileStreaming(response));
  } catch (error) {
    // The page then loads the module itself.
    self.postMessage(String(error));
  }
};
