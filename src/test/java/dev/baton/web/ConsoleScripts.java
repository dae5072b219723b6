package dev.baton.web;

/** Scripts the console's tests run in the page: readers of what it shows, and hooks installed before it loads. */
final class ConsoleScripts {

    /** Every line of the open transcript as [seq, sender, text, the decision's action or null]. */
    static final String READ_TRANSCRIPT = """
            return Array.from(document.querySelectorAll(
                '[data-agent="transcript"] [data-agent="message"][data-seq]')).map(function (n) {
              var d = n.querySelector('[data-agent="decision"]');
              return [n.getAttribute('data-seq'), n.getAttribute('data-sender'),
                      n.querySelector('[data-agent="message-text"]').textContent,
                      d ? d.getAttribute('data-action') : null];
            });""";

    /**
     * Installed before any page script runs: records uncaught errors, unhandled promise rejections and
     * console.error calls in {@code window.__consoleErrors} so a test can assert the page stayed clean.
     */
    static final String ERROR_TRAP = """
            (function () {
              var errors = window.__consoleErrors = [];
              window.addEventListener('error', function (e) {
                if (e.error || e.message) {
                  errors.push('error: ' + (e.message || e.error) + ' at ' + e.filename + ':' + e.lineno);
                }
              });
              window.addEventListener('unhandledrejection', function (e) {
                errors.push('unhandled rejection: ' + (e.reason && (e.reason.stack || e.reason.message) || e.reason));
              });
              var original = console.error;
              console.error = function () {
                errors.push('console.error: ' + Array.prototype.map.call(arguments, String).join(' '));
                return original.apply(console, arguments);
              };
            })();""";

    /**
     * Installed before any page script runs: while {@code window.__batonHoldQueue} is set, the console's queue
     * GETs wait unsent, so a ticket that shows up meanwhile can only have come over the WebSocket.
     */
    static final String QUEUE_GATE = """
            (function () {
              var original = window.fetch, held = [];
              window.__batonQueueInFlight = 0;
              window.fetch = function (input) {
                var self = this, args = arguments, url = String(input && input.url || input);
                if (url.indexOf('/api/v1/agent/queue') < 0) { return original.apply(self, args); }
                var send = function () {
                  window.__batonQueueInFlight++;
                  var sent = original.apply(self, args);
                  var done = function () { window.__batonQueueInFlight--; };
                  sent.then(done, done);
                  return sent;
                };
                if (!window.__batonHoldQueue) { return send(); }
                return new Promise(function (resolve, reject) {
                  held.push(function () { send().then(resolve, reject); });
                });
              };
              window.__batonReleaseQueue = function () {
                window.__batonHoldQueue = false;
                held.splice(0).forEach(function (go) { go(); });
              };
            })();""";

    private ConsoleScripts() {}
}
