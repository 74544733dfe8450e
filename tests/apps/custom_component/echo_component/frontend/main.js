// Streamlit's component protocol, spoken by hand: ready, render, value, height.
(function () {
  var clicks = 0;
  var lastArgs = null;
  window.renders = [];

  function send(type, data) {
    window.parent.postMessage(Object.assign({ isStreamlitMessage: true, type: type }, data || {}), "*");
  }

  function shown(value) {
    return value instanceof Uint8Array ? { bytes: Array.prototype.slice.call(value) } : value;
  }

  function reportHeight() {
    send("streamlit:setFrameHeight", { height: document.body.scrollHeight });
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.type !== "streamlit:render") return;
    window.renders.push(data);
    lastArgs = data.args;
    var args = {};
    Object.keys(data.args).sort().forEach(function (name) { args[name] = shown(data.args[name]); });
    document.getElementById("greeting").textContent = "Hello, " + data.args.name + "!";
    document.getElementById("args").textContent = JSON.stringify(args);
    reportHeight();
  });

  document.getElementById("send-json").addEventListener("click", function () {
    clicks += 1;
    send("streamlit:setComponentValue", { value: { clicks: clicks, name: lastArgs && lastArgs.name }, dataType: "json" });
  });
  document.getElementById("send-bytes").addEventListener("click", function () {
    send("streamlit:setComponentValue", { value: new Uint8Array([1, 2, 250]), dataType: "bytes" });
  });
  document.getElementById("grow").addEventListener("click", function () {
    var line = document.createElement("p");
    line.textContent = "more";
    document.getElementById("root").appendChild(line);
    reportHeight();
  });

  send("streamlit:componentReady", { apiVersion: 1 });
})();
