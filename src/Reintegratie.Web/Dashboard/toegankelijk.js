// WCAG 2.1 AA for Hangfire's dashboard: its job lists' checkboxes have no label; a screen reader says what each selects.
(function () {
    function label() {
        document.querySelectorAll('input.js-jobs-list-select-all:not([aria-label])').forEach(function (c) { c.setAttribute('aria-label', 'Alle taken selecteren'); });
        document.querySelectorAll('input.js-jobs-list-checkbox:not([aria-label])').forEach(function (c) { c.setAttribute('aria-label', 'Taak ' + c.value + ' selecteren'); });
    }
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', label); else label();
    new MutationObserver(label).observe(document.documentElement, { childList: true, subtree: true });
})();
