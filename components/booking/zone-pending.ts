/**
 * While /book waits for the visitor's zone, `<html data-zone-pending>` keeps its times invisible,
 * their space kept (globals.css), so UTC times never flash. Set before the times are parsed by
 * `ZONE_PENDING_SCRIPT` on a first load, and before paint by the zone detector on a client
 * navigation; the detector removes it once the times are in the visitor's zone.
 */
export const ZONE_PENDING = "data-zone-pending";

/**
 * The inline script the page carries when its address names no zone: marks the page as waiting
 * when the browser's zone is not UTC. Should the app's scripts never load, the times show after
 * 3 s; without JavaScript it does not run at all.
 */
export const ZONE_PENDING_SCRIPT = `(function(){try{var z=Intl.DateTimeFormat().resolvedOptions().timeZone,d=document.documentElement;if(z&&z!=="UTC"&&!new URLSearchParams(location.search).has("tz")){d.setAttribute("${ZONE_PENDING}","");setTimeout(function(){d.removeAttribute("${ZONE_PENDING}")},3000)}}catch(e){}})()`;
