/**
 * Entry of the Outlook task pane (webpack entry "outlook", page outlook.html). Kept tiny: it only decides between
 * Office and the simulation; React, Fluent and the pane arrive in async chunks.
 */
import { enCommon, svCommon } from "../../core";
import { detectLanguage } from "../shared/language";
import { readQuery } from "../shared/query";
import { readRuntimeConfig } from "../shared/runtimeConfig";
import { isOfficeHosted, loadOffice } from "./loadOffice";
import { outlookStartFor, showOpenInOutlook } from "./outsideOutlook";

// The page's ?lang=, read once here and handed to the mounts.
const lang = readQuery(window.location.search).lang;

function pageLanguage(): "sv" | "en" {
  return detectLanguage(lang, navigator.language);
}

/** A plain status line while the pane's chunks load: never a blank page, even on a slow line. */
function showLoading(root: HTMLElement): void {
  const p = document.createElement("p");
  p.setAttribute("role", "status");
  p.style.margin = "1rem";
  p.textContent = (pageLanguage() === "en" ? enCommon : svCommon).loading;
  root.replaceChildren(p);
}

async function start(): Promise<void> {
  const config = readRuntimeConfig(document);
  const root = document.getElementById("root");
  if (root === null) throw new Error("outlook.html saknar #root");
  const how = outlookStartFor(config.mode, isOfficeHosted(window));
  if (how === "openInOutlook") {
    showOpenInOutlook(root, pageLanguage() === "en" ? enCommon : svCommon);
  } else if (how === "office") {
    showLoading(root);
    const office = await loadOffice(document);
    const { mountOffice } = await import(/* webpackChunkName: "outlook-office" */ "./mountOffice");
    mountOffice(root, config, office, lang);
  } else {
    showLoading(root);
    const { mountSimulation } = await import(/* webpackChunkName: "outlook-simulation" */ "./mountSimulation");
    await mountSimulation(root, config, lang);
  }
}

start().catch((error: unknown) => {
  // Nothing is mounted yet, so no React boundary can show this: write a plain sentence into the page. Only the common
  // strings are imported, so the entry stays tiny.
  console.error("Sammanträde: uppstarten misslyckades", error);
  const root = document.getElementById("root");
  if (root) {
    root.textContent = "";
    const p = document.createElement("p");
    p.setAttribute("role", "alert");
    p.textContent = (pageLanguage() === "en" ? enCommon : svCommon).startFailed;
    root.append(p);
  }
});
