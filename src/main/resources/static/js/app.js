// Every state-changing htmx request carries the session's CSRF token, read from the <meta> tags of the layout.
document.addEventListener('htmx:configRequest', (event) => {
  if (event.detail.verb === 'get') {
    return;
  }
  const header = document.querySelector('meta[name="csrf-header"]');
  const token = document.querySelector('meta[name="csrf-token"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});

// Upload forms (data-upload-progress) show how much of the file has been sent, from htmx's xhr progress events.
document.addEventListener('htmx:xhr:progress', (event) => {
  const form = event.target.closest('[data-upload-progress]');
  const bar = form && form.querySelector('progress');
  if (!bar || !event.detail.lengthComputable || event.detail.total === 0) {
    return;
  }
  bar.hidden = false;
  bar.value = Math.round((event.detail.loaded / event.detail.total) * 100);
});

// A file over the announced limit (data-max-size, in bytes) is refused before it is sent; the server checks again.
document.addEventListener('change', (event) => {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.dataset.maxSize) {
    return;
  }
  const limit = Number(input.dataset.maxSize);
  const tooLarge = Array.from(input.files || []).some((file) => file.size > limit);
  input.setCustomValidity(tooLarge ? input.dataset.tooLarge || '' : '');
  input.reportValidity();
});
