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
