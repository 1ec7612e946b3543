/**
 * Entry of the Outlook task pane (webpack entry "outlook", page outlook.html). Kept tiny: it only decides between
 * Office and the simulation; React, Fluent and the pane arrive in async chunks.
 */
import { readRuntimeConfig } from "../shared/runtimeConfig";
import { isOfficeHosted, loadOffice } from "./loadOffice";

async function start(): Promise<void> {
  const config = readRuntimeConfig(document);
  const root = document.getElementById("root");
  if (root === null) throw new Error("outlook.html saknar #root");
  if (isOfficeHosted(window)) {
    const office = await loadOffice(document);
    const { mountOffice } = await import(/* webpackChunkName: "outlook-office" */ "./mountOffice");
    mountOffice(root, config, office);
  } else {
    const { mountSimulation } = await import(/* webpackChunkName: "outlook-simulation" */ "./mountSimulation");
    await mountSimulation(root, config);
  }
}

start().catch((error: unknown) => {
  // Nothing is mounted yet, so no React boundary can show this: write a plain Swedish sentence into the page.
  console.error("Sammanträde: uppstarten misslyckades", error);
  const root = document.getElementById("root");
  if (root) {
    root.textContent = "";
    const p = document.createElement("p");
    p.setAttribute("role", "alert");
    p.textContent = "Sammanträde kunde inte starta. Ladda om sidan; kvarstår felet, kontakta sekretariatet.";
    root.append(p);
  }
});
