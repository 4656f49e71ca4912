// The application form: uploads that start on file choice with a progress bar, repeatable rows, a last save when the
// tab is closed, and countdowns to a close time. Everything here only enhances pages that work without it.
(() => {
  'use strict';

  // A chosen file uploads at once through its slot's form (the input belongs to that form by its form attribute).
  document.addEventListener('change', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.matches('input[type=file][data-auto-upload]')) {
      return;
    }
    if (input.form && input.files && input.files.length > 0) {
      input.form.requestSubmit();
    }
  });

  // htmx reports upload progress on the requesting form; the slot's <progress> shows it.
  document.addEventListener('htmx:xhr:progress', (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.id.startsWith('upload-') || !event.detail.lengthComputable) {
      return;
    }
    const bar = document.getElementById('progress-' + form.id.substring('upload-'.length));
    if (bar) {
      bar.hidden = false;
      bar.value = Math.round((event.detail.loaded / event.detail.total) * 100);
    }
  });

  // Form variants: a section or field with data-when shows only while the values it names match, so picking the
  // domain shows its form variant (2.1 / 2.2 / 2.3) at once; the autosave then refreshes the 表单助手.
  const valueOf = (form, key) => {
    const input = form.elements.namedItem('v.' + key);
    if (input instanceof HTMLInputElement && input.type === 'checkbox') {
      return input.checked ? 'true' : 'false';
    }
    return input && 'value' in input ? input.value : '';
  };
  document.addEventListener('change', (event) => {
    const form = event.target instanceof Element ? event.target.closest('form[data-autosave]') : null;
    if (!form) {
      return;
    }
    form.querySelectorAll('[data-when]').forEach((element) => {
      try {
        const conditions = JSON.parse(element.dataset.when);
        element.hidden = !conditions.every((condition) => condition.in.includes(valueOf(form, condition.field)));
      }
      catch (ignored) {
        // a page without valid conditions keeps what the server rendered
      }
    });
  });

  // Repeatable rows: copy the last row with the next index, or remove a row, then let the form save.
  document.addEventListener('click', (event) => {
    const button = event.target;
    if (!(button instanceof HTMLElement)) {
      return;
    }
    if (button.dataset.addRow) {
      const table = document.querySelector('table[data-rows="' + button.dataset.addRow + '"] tbody');
      const last = table && table.querySelector('tr[data-row]:last-of-type');
      if (!last) {
        return;
      }
      const copy = last.cloneNode(true);
      copy.querySelectorAll('input, select').forEach((field) => {
        field.name = field.name.replace(/\[(\d+)]/, (match, index) => '[' + (Number(index) + 1) + ']');
        field.value = '';
      });
      table.appendChild(copy);
      copy.querySelector('input, select')?.focus();
    }
    else if (button.hasAttribute('data-remove-row')) {
      const row = button.closest('tr');
      const form = button.closest('form');
      if (row && row.parentElement && row.parentElement.querySelectorAll('tr[data-row]').length > 1) {
        row.remove();
      }
      else if (row) {
        row.querySelectorAll('input, select').forEach((field) => { field.value = ''; });
      }
      form?.dispatchEvent(new Event('input', { bubbles: true }));
    }
  });

  // A tab closed within the autosave delay still sends what was typed last.
  let dirty = false;
  document.addEventListener('input', (event) => {
    if (event.target instanceof Element && event.target.closest('form[data-autosave]')) {
      dirty = true;
    }
  });
  document.addEventListener('htmx:afterRequest', (event) => {
    if (event.detail.elt instanceof HTMLFormElement && event.detail.elt.hasAttribute('data-autosave')) {
      dirty = false;
    }
  });
  // Leaving the page right after typing: save first, then follow the link, so the next page shows what was typed.
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    const form = document.querySelector('form[data-autosave]');
    if (!link || !form || !dirty || link.target === '_blank' || link.hasAttribute('download')
        || link.getAttribute('href').startsWith('#') || !window.htmx) {
      return;
    }
    event.preventDefault();
    form.addEventListener('htmx:afterRequest', () => { window.location.href = link.href; }, { once: true });
    window.htmx.trigger(form, 'flush');
  });

  // After a conflict, "keep mine": take the version the other tab wrote and save this page's values over it.
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('[data-overwrite-version]') : null;
    const form = document.querySelector('form[data-autosave]');
    const version = document.getElementById('form-version');
    if (!button || !form || !version || !window.htmx) {
      return;
    }
    version.value = button.dataset.overwriteVersion;
    window.htmx.trigger(form, 'flush');
  });

  // A save still pending when the tab closes: the browser asks before leaving.
  window.addEventListener('beforeunload', (event) => {
    if (dirty) {
      event.preventDefault();
    }
  });

  window.addEventListener('pagehide', () => {
    const form = document.querySelector('form[data-autosave]');
    if (dirty && form && navigator.sendBeacon) {
      navigator.sendBeacon(form.action, new FormData(form));
    }
  });

  // Countdowns to a close time, refreshed every minute; the words come from the page (a <meta> of the layout).
  const countdown = () => {
    document.querySelectorAll('[data-countdown]').forEach((element) => {
      const left = new Date(element.dataset.countdown).getTime() - Date.now();
      const texts = document.querySelector('meta[name="countdown-texts"]');
      if (!texts) {
        return;
      }
      const { days: daysText, hours: hoursText, closed: closedText } = texts.dataset;
      if (left <= 0) {
        element.textContent = closedText;
        return;
      }
      const minutes = Math.floor(left / 60000);
      const dayCount = Math.floor(minutes / 1440);
      const hourCount = Math.floor((minutes % 1440) / 60);
      element.textContent = dayCount > 0 ? daysText.replace('{0}', dayCount).replace('{1}', hourCount)
        : hoursText.replace('{0}', hourCount).replace('{1}', minutes % 60);
    });
  };
  document.addEventListener('DOMContentLoaded', () => {
    countdown();
    setInterval(countdown, 60000);
  });
})();
