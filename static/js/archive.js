// Optional enhancement: a "Copy citation" button. Without JavaScript the
// citation is still there to select and copy by hand.
(function () {
  "use strict";
  document.querySelectorAll(".copy-button[data-copy]").forEach(function (button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    var status = button.parentElement.querySelector(".copy-status");
    if (!source || !navigator.clipboard) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(source.value).then(function () {
        if (status) { status.textContent = "Copied."; }
      }, function () {
        source.select();
        if (status) { status.textContent = "Select the text and copy it."; }
      });
    });
  });
})();
