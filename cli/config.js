// `--config key=value` options -> the app bundle's config object.

/** "true"/"false", numbers and JSON arrays/objects are parsed; anything else stays a string. */
export function parseConfigValue(raw) {
  if (raw === "true") return true;
  if (raw === "false") return false;
  if (raw !== "" && Number.isFinite(Number(raw))) return Number(raw);
  if (/^[[{"]/.test(raw)) {
    try {
      return JSON.parse(raw);
    } catch {
      // keep the text
    }
  }
  return raw;
}

/** ["runner.enforceSerializableSessionState=true"] -> {"runner.enforceSerializableSessionState": true} */
export function parseConfigOptions(options) {
  const config = {};
  for (const option of options) {
    const eq = option.indexOf("=");
    if (eq <= 0) throw new Error(`--config expects key=value, got ${JSON.stringify(option)}`);
    config[option.slice(0, eq).trim()] = parseConfigValue(option.slice(eq + 1).trim());
  }
  return config;
}
