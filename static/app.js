// SafeReply's only script besides htmx: the Copy button on an approved reply.
// Loaded as a file because the Content-Security-Policy forbids inline scripts.
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-copy-target]");
  if (!button) return;
  var source = document.getElementById(button.getAttribute("data-copy-target"));
  var status = document.getElementById("copy-status");
  if (!source) return;
  var text = source.textContent;
  function done(message) { if (status) status.textContent = message; }
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text).then(
      function () { done("Copied."); },
      function () { selectText(source); done("Press Ctrl+C (⌘C) to copy the selected text."); }
    );
  } else {
    selectText(source);
    done("Press Ctrl+C (⌘C) to copy the selected text.");
  }
});

function selectText(node) {
  var range = document.createRange();
  range.selectNodeContents(node);
  var selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
}
