package org.apogate.report;

/** The report page's inline style and scripts: no network, no external files. */
final class HtmlAssets {
    private HtmlAssets() {
    }

    static final String CSS = """
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
                   margin: 1.5rem; color: #1a1a1a; background: #fff; }
            h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
            h2 { font-size: 1.25rem; margin: 0 0 .4rem; }
            .run { display: flex; flex-wrap: wrap; gap: 2rem; margin-bottom: 1.2rem; }
            .run dl, .numbers { display: grid; grid-template-columns: max-content auto; gap: .15rem 1rem; margin: 0; }
            dt { font-weight: 600; color: #444; }
            dd { margin: 0; font-variant-numeric: tabular-nums; }
            table.summary { border-collapse: collapse; font-size: .9rem; margin-bottom: 2rem; }
            table.summary th, table.summary td { border: 1px solid #ccc; padding: .25rem .5rem; text-align: left; }
            table.summary td.num { text-align: right; font-variant-numeric: tabular-nums; }
            table.summary th { background: #f0f0f0; position: sticky; top: 0; }
            table.summary th button { all: unset; cursor: pointer; font-weight: 600; }
            table.summary th[aria-sort=ascending] button::after { content: " \\25B2"; }
            table.summary th[aria-sort=descending] button::after { content: " \\25BC"; }
            tr.flagged td, section.flagged { background: #fff3cd; }
            tr.failed td, section.failed { background: #f8d7da; }
            .status { font-weight: 700; text-transform: uppercase; font-size: .8rem; }
            .issues { color: #7a4b00; }
            tr.failed .issues, section.failed .issues { color: #8b0000; }
            section.sample { border-top: 2px solid #ddd; padding: 1rem .5rem; }
            .plots { display: flex; flex-wrap: wrap; gap: 1rem; margin-top: .8rem; }
            figure { margin: 0; }
            figure img { width: 360px; max-width: 100%; height: auto; border: 1px solid #ddd; background: #fff; }
            figcaption { font-size: .85rem; color: #444; text-align: center; }
            .missing { width: 360px; padding: 2rem 0; text-align: center; border: 1px dashed #999; color: #666; }
            .file { color: #555; font-size: .85rem; word-break: break-all; }
            ul.issues { margin: .3rem 0; }
            """;

    /** Runs first: counts JavaScript errors so a headless browser test can read them from the DOM. */
    static final String ERROR_COUNTER = """
            window.apogateJsErrors = 0;
            window.onerror = function () {
              window.apogateJsErrors++;
              if (document.body) { document.body.setAttribute('data-js-errors', String(window.apogateJsErrors)); }
              return false;
            };
            """;

    /** Table sorting, and after load the self-check attributes data-images-ok / data-js-errors on body. */
    static final String SCRIPT = """
            (function () {
              'use strict';
              function key(row, col) {
                var cell = row.cells[col];
                var v = cell.getAttribute('data-sort');
                return v === null ? cell.textContent.trim() : v;
              }
              function isNumber(v) { return v !== '' && isFinite(Number(v)); }
              function compare(a, b, dir) {
                if (a === '' || b === '') { return a === b ? 0 : (a === '' ? 1 : -1); } // blanks last
                if (isNumber(a) && isNumber(b)) { return dir * (Number(a) - Number(b)); }
                if (isNumber(a) !== isNumber(b)) { return dir * (isNumber(a) ? -1 : 1); }
                return dir * a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' });
              }
              var tables = document.querySelectorAll('table.sortable');
              Array.prototype.forEach.call(tables, function (table) {
                var headers = table.tHead.rows[0].cells;
                Array.prototype.forEach.call(headers, function (th, col) {
                  var button = th.querySelector('button');
                  if (!button) { return; }
                  button.addEventListener('click', function () {
                    var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
                    Array.prototype.forEach.call(headers, function (h) { h.removeAttribute('aria-sort'); });
                    th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
                    var body = table.tBodies[0];
                    var rows = Array.prototype.slice.call(body.rows);
                    rows.forEach(function (r, i) { r.setAttribute('data-pos', String(i)); });
                    rows.sort(function (a, b) {
                      return compare(key(a, col), key(b, col), dir)
                          || Number(a.getAttribute('data-pos')) - Number(b.getAttribute('data-pos'));
                    });
                    rows.forEach(function (r) { body.appendChild(r); });
                  });
                });
              });
              window.addEventListener('load', function () {
                var images = document.images;
                var ok = 0;
                for (var i = 0; i < images.length; i++) {
                  if (images[i].complete && images[i].naturalWidth > 0) { ok++; }
                }
                document.body.setAttribute('data-images-ok', ok + '/' + images.length);
                document.body.setAttribute('data-js-errors', String(window.apogateJsErrors || 0));
              });
            })();
            """;
}
