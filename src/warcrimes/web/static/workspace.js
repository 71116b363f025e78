// The workspace's only script (served from our origin; the CSP allows no inline script).
// On a report page: the words an analyst selects in the report's text fill the form that makes an
// incident by hand, with their character offsets in the text as the server counts them.
"use strict";

(function () {
  const text = document.getElementById("report-text");
  const form = document.getElementById("passage-form");
  if (!text || !form) {
    return;
  }
  const words = document.getElementById("passage-words");
  const start = document.getElementById("passage-start");
  const end = document.getElementById("passage-end");
  const details = document.getElementById("by-hand");

  // Characters before (node, offset) inside the text. The server counts Unicode code points, the
  // browser UTF-16 units: an emoji is one character there and two here, so count code points.
  function offsetOf(node, offset) {
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(node, offset);
    return Array.from(range.toString()).length;
  }

  function chosen() {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      return null;
    }
    const range = selection.getRangeAt(0);
    if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) {
      return null;
    }
    const from = offsetOf(range.startContainer, range.startOffset);
    const to = offsetOf(range.endContainer, range.endOffset);
    return to > from ? { from: from, to: to, words: range.toString() } : null;
  }

  document.addEventListener("selectionchange", function () {
    const picked = chosen();
    if (!picked) {
      return;
    }
    start.value = String(picked.from);
    end.value = String(picked.to);
    words.value = picked.words;
    if (details) {
      details.open = true;
    }
  });
})();
