/* geokg explorer: timeline, filters, search, legend and evidence panel over vis-network.
 *
 * Everything shown comes from the JSON block #geokg-data and reaches the page through
 * textContent, createTextNode or DOM properties, never innerHTML: the sentences are article
 * text and may hold anything.  Links are made only from URLs whose protocol is http(s).
 *
 * The page state (window, filters, focus) lives in `state`; `update()` recomputes which claims
 * pass, which aggregated edges are visible and how they look, and pushes only the changes
 * to vis-network, so a 10,000-claim graph stays responsive while the timeline plays.
 */
(function () {
  "use strict";

  const DATA = JSON.parse(document.getElementById("geokg-data").textContent);
  const DAY_MS = 86400000;

  // Okabe-Ito: blues for cooperation, orange/vermillion for conflict (colour-blind safe).
  const QUAD_STYLE = {
    verbal_cooperation: { color: "#56B4E9", label: "Verbal cooperation" },
    material_cooperation: { color: "#0072B2", label: "Material cooperation" },
    verbal_conflict: { color: "#E69F00", label: "Verbal conflict" },
    material_conflict: { color: "#D55E00", label: "Material conflict" },
    other: { color: "#7F7F7F", label: "Other" },
  };
  // Line style by modality: the claim's epistemic status, readable without colour.
  const MODALITY_DASHES = {
    asserted: false,
    alleged: [10, 6],
    denied: [2, 5],
    negated: [1, 9],
    hypothetical: [12, 4, 2, 4],
  };
  // Which modality an edge is drawn with when its visible claims differ: the strongest wins.
  const MODALITY_RANK = { asserted: 0, alleged: 1, hypothetical: 2, denied: 3, negated: 4 };
  // Paul Tol's muted palette for actor types, kept apart from the edge hues; shapes double the cue.
  const TYPE_STYLE = {
    State: { shape: "dot", color: "#117733" },
    Person: { shape: "diamond", color: "#AA4499" },
    InternationalOrganization: { shape: "square", color: "#DDCC77" },
    Organization: { shape: "hexagon", color: "#44AA99" },
    ArmedGroup: { shape: "triangleDown", color: "#882255" },
    Company: { shape: "triangle", color: "#999933" },
    Media: { shape: "star", color: "#CC6677" },
    Group: { shape: "triangleDown", color: "#332288" },
    Location: { shape: "star", color: "#888888" },
    Other: { shape: "dot", color: "#BBBBBB" },
  };
  const FADED_EDGE = "rgba(190,190,190,0.35)";
  const FADED_NODE = { background: "#EEEEEE", border: "#CCCCCC" };

  const nodes = DATA.nodes;
  const edges = DATA.edges;
  const claims = DATA.claims;
  const categories = DATA.categories;
  const modalities = DATA.modalities;
  const BIG = edges.length > 2000;

  // ------------------------------------------------------------------ derived data

  function claimDocs(c) {
    const seen = new Set();
    for (const v of c.v) seen.add(DATA.evidence[v].d);
    return Array.from(seen);
  }
  for (const c of claims) c.docs = claimDocs(c);

  const nodeEdges = nodes.map(() => []);
  for (const e of edges) {
    nodeEdges[e.from].push(e.id);
    if (e.to !== e.from) nodeEdges[e.to].push(e.id);
  }

  function typeStyle(type) {
    return TYPE_STYLE[type] || TYPE_STYLE.Other;
  }
  function quadOf(catIndex) {
    const q = categories[catIndex] && categories[catIndex].quad;
    return QUAD_STYLE[q] ? q : "other";
  }
  function normal(text) {
    return String(text).toLowerCase().replace(/\u2019/g, "'").trim().replace(/^the\s+/, "").replace(/[.\s]+/g, " ").trim();
  }

  // ------------------------------------------------------------------ time

  function dayOf(y, m, d) {
    const t = new Date(0);
    t.setUTCFullYear(y, m - 1, d);
    t.setUTCHours(0, 0, 0, 0);
    return Math.floor(t.getTime() / DAY_MS);
  }
  function dateOf(day) {
    return new Date(day * DAY_MS);
  }
  function isoDay(day) {
    const t = dateOf(day);
    const y = String(t.getUTCFullYear()).padStart(4, "0");
    return y + "-" + String(t.getUTCMonth() + 1).padStart(2, "0") + "-" + String(t.getUTCDate()).padStart(2, "0");
  }
  /* [first day, last day] of an ISO date cut to its precision ("2019", "2019-05", "2019-05-03"). */
  function isoBounds(text) {
    if (typeof text === "number") return [text, text];
    const m = /^\s*(\d{3,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?/.exec(String(text));
    if (!m) throw new Error("not an ISO date: " + text);
    const y = Number(m[1]);
    if (m[1].length === 3) return [dayOf(y * 10, 1, 1), dayOf(y * 10 + 9, 12, 31)];
    if (!m[2]) return [dayOf(y, 1, 1), dayOf(y, 12, 31)];
    const mo = Number(m[2]);
    if (!m[3]) return [dayOf(y, mo, 1), dayOf(y, mo + 1, 1) - 1];
    const d = dayOf(y, mo, Number(m[3]));
    return [d, d];
  }

  /* Periods for the histogram and the slider: months for short spans, years for long ones. */
  function buildPeriods() {
    let lo = Infinity, hi = -Infinity;
    for (const c of claims) {
      if (c.s === null) continue;
      lo = Math.min(lo, c.s);
      hi = Math.max(hi, c.t);
    }
    if (lo === Infinity) return { unit: "none", list: [] };
    const first = dateOf(lo);
    const monthly = (hi - lo) <= 8 * 366;
    const list = [];
    let y = first.getUTCFullYear(), m = monthly ? first.getUTCMonth() + 1 : 1;
    while (true) {
      const start = dayOf(y, m, 1);
      if (start > hi) break;
      const end = monthly ? dayOf(y, m + 1, 1) - 1 : dayOf(y + 1, 1, 1) - 1;
      const label = monthly ? y + "-" + String(m).padStart(2, "0") : String(y);
      list.push({ lo: start, hi: end, label: label });
      if (monthly) { m += 1; if (m > 12) { m = 1; y += 1; } } else { y += 1; }
    }
    return { unit: monthly ? "month" : "year", list: list };
  }
  const periods = buildPeriods();

  // ------------------------------------------------------------------ state

  const state = {
    window: periods.list.length ? { lo: periods.list[0].lo, hi: periods.list[periods.list.length - 1].hi } : null,
    undated: "show",
    categories: new Set(categories.map((_, i) => i)),
    modalities: new Set(modalities.map((_, i) => i)),
    types: new Set(nodes.map((n) => n.type)),
    minConfidence: 0,
    minSources: 1,
    focus: null,
    selected: null,
    visibleEdges: new Set(),
    activeNodes: new Set(),
    passing: new Set(),
    playing: false,
  };

  function inWindow(c) {
    if (!c.d) {
      if (state.undated === "show") return true;
      if (state.undated === "hide") return false;
    }
    if (c.s === null) return false;
    if (state.window === null) return true;
    return c.s <= state.window.hi && c.t >= state.window.lo;
  }
  function passesNonTime(c) {
    return state.categories.has(c.c) && state.modalities.has(c.m) && c.k >= state.minConfidence;
  }
  function claimPasses(c) {
    return passesNonTime(c) && inWindow(c);
  }

  /* What each edge looks like now: hidden or not, width by sources, dashes by modality. */
  function computeEdges() {
    const result = new Array(edges.length);
    state.passing = new Set();
    for (const e of edges) {
      let best = null;
      const passing = [];
      const docs = new Set();
      for (const ci of e.claims) {
        const c = claims[ci];
        if (!claimPasses(c)) continue;
        passing.push(ci);
        for (const d of c.docs) docs.add(d);
        const mod = modalities[c.m];
        if (best === null || MODALITY_RANK[mod] < MODALITY_RANK[best]) best = mod;
      }
      const typesOk = state.types.has(nodes[e.from].type) && state.types.has(nodes[e.to].type);
      const sources = docs.size;
      const visible = typesOk && passing.length > 0 && (state.minSources <= 1 || sources >= state.minSources);
      if (visible) for (const ci of passing) state.passing.add(ci);
      result[e.id] = { visible: visible, claims: passing.length, sources: sources, modality: best || "asserted" };
    }
    return result;
  }

  function neighbourhood(nodeId) {
    const near = new Set([nodeId]);
    for (const eid of nodeEdges[nodeId]) {
      if (!state.visibleEdges.has(eid)) continue;
      near.add(edges[eid].from);
      near.add(edges[eid].to);
    }
    return near;
  }

  // ------------------------------------------------------------------ vis-network items

  function edgeWidth(sources) {
    return Math.min(10, 1 + 2 * Math.log2(Math.max(1, sources)));
  }
  /* Parallel edges bow apart, except in big graphs where curves (and the arrow placement
   * along them) cost more drawing time than the overlap costs the reader. */
  function smoothFor(e) {
    if (!e.curve || BIG) return { enabled: false };
    return { enabled: true, type: e.curve > 0 ? "curvedCW" : "curvedCCW", roundness: Math.abs(e.curve) };
  }
  function edgeTitle(e) {
    const arrow = e.sym ? " \u2194 " : " \u2192 ";
    const docs = new Set();
    for (const ci of e.claims) for (const d of claims[ci].docs) docs.add(d);
    return nodes[e.from].label + arrow + e.label + arrow + nodes[e.to].label + "\n" +
      categories[e.cat].name + " \u00b7 " + e.claims.length + " claim(s) from " + docs.size + " source(s)";
  }
  function baseEdge(e) {
    const item = {
      id: e.id, from: e.from, to: e.to, title: edgeTitle(e), smooth: smoothFor(e),
      arrows: { to: { enabled: !e.sym, scaleFactor: 0.5 } },
    };
    if (edges.length <= 300) item.label = e.label;
    return item;
  }
  function edgeFaded(e, near) {
    return near !== null && !(near.has(e.from) && near.has(e.to));
  }
  /* A short fingerprint of an edge's look, so only edges whose look changed are sent to vis. */
  function edgeKey(e, info, near) {
    if (!info.visible) return "h";
    return edgeWidth(info.sources) + "|" + info.modality + "|" + (edgeFaded(e, near) ? "f" : "");
  }
  function edgeLook(e, info, near) {
    const faded = edgeFaded(e, near);
    const color = faded ? FADED_EDGE : QUAD_STYLE[quadOf(e.cat)].color;
    return {
      id: e.id, hidden: !info.visible, width: edgeWidth(info.sources),
      dashes: MODALITY_DASHES[info.modality], color: { color: color, highlight: color, hover: color },
      font: { color: faded ? "#CCCCCC" : "#444444" },
    };
  }
  function nodeSize(n) {
    return 10 + 4 * Math.log2(1 + n.n);
  }
  function baseNode(n) {
    const st = typeStyle(n.type);
    const sub = [n.type, n.country].filter(Boolean).join(", ");
    return { id: n.id, label: n.label, x: n.x, y: n.y, shape: st.shape, size: nodeSize(n), title: n.label + (sub ? " (" + sub + ")" : "") };
  }
  function nodeFaded(n, near) {
    return !state.activeNodes.has(n.id) || (near !== null && !near.has(n.id));
  }
  function nodeKey(n, near) {
    if (!state.types.has(n.type)) return "h";
    return nodeFaded(n, near) ? "f" : "n";
  }
  function nodeLook(n, near) {
    const st = typeStyle(n.type);
    const faded = nodeFaded(n, near);
    const col = faded ? FADED_NODE : { background: st.color, border: "#333333" };
    return {
      id: n.id, hidden: !state.types.has(n.type),
      color: { background: col.background, border: col.border, highlight: { background: col.background, border: "#000000" }, hover: { background: col.background, border: "#000000" } },
      font: { color: faded ? "#AAAAAA" : "#222222" },
    };
  }

  const lastEdgeKey = new Array(edges.length).fill("");
  const lastNodeKey = new Array(nodes.length).fill("");

  /* Recompute visibility and styles; return the vis items that changed. */
  function restyle() {
    const info = computeEdges();
    state.visibleEdges = new Set();
    state.activeNodes = new Set();
    for (const e of edges) {
      if (!info[e.id].visible) continue;
      state.visibleEdges.add(e.id);
      state.activeNodes.add(e.from);
      state.activeNodes.add(e.to);
    }
    if (state.focus !== null && !state.types.has(nodes[state.focus].type)) state.focus = null;
    const near = state.focus === null ? null : neighbourhood(state.focus);
    const edgeUpdates = [], nodeUpdates = [];
    for (const e of edges) {
      const key = edgeKey(e, info[e.id], near);
      if (key !== lastEdgeKey[e.id]) { lastEdgeKey[e.id] = key; edgeUpdates.push(edgeLook(e, info[e.id], near)); }
    }
    for (const n of nodes) {
      const key = nodeKey(n, near);
      if (key !== lastNodeKey[n.id]) { lastNodeKey[n.id] = key; nodeUpdates.push(nodeLook(n, near)); }
    }
    return { info: info, edgeUpdates: edgeUpdates, nodeUpdates: nodeUpdates };
  }

  // ------------------------------------------------------------------ DOM helpers

  function el(tag, props, children) {
    const node = document.createElement(tag);
    if (props) {
      for (const k of Object.keys(props)) {
        if (k === "dataset") Object.assign(node.dataset, props[k]);
        else node[k] = props[k];
      }
    }
    for (const child of children || []) {
      if (child === null || child === undefined || child === false) continue;
      node.appendChild(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
    }
    return node;
  }
  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }
  function safeUrl(text) {
    if (!text) return null;
    try {
      const u = new URL(String(text));
      return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
    } catch (err) {
      return null;
    }
  }
  const SVG_NS = "http://www.w3.org/2000/svg";
  function svg(tag, attrs, children) {
    const node = document.createElementNS(SVG_NS, tag);
    for (const k of Object.keys(attrs || {})) node.setAttribute(k, String(attrs[k]));
    for (const c of children || []) node.appendChild(c);
    return node;
  }
  function lineSample(color, dashes) {
    const line = svg("line", { x1: 1, y1: 7, x2: 33, y2: 7, stroke: color, "stroke-width": 2.5 });
    if (dashes) line.setAttribute("stroke-dasharray", dashes.join(" "));
    return svg("svg", { width: 34, height: 14, class: "sample", "aria-hidden": "true" }, [line]);
  }
  function shapeSample(type) {
    const st = typeStyle(type);
    const c = { fill: st.color, stroke: "#333", "stroke-width": 1 };
    let shape;
    switch (st.shape) {
      case "diamond": shape = svg("polygon", Object.assign({ points: "8,1 15,8 8,15 1,8" }, c)); break;
      case "square": shape = svg("rect", Object.assign({ x: 2, y: 2, width: 12, height: 12 }, c)); break;
      case "hexagon": shape = svg("polygon", Object.assign({ points: "4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8" }, c)); break;
      case "triangle": shape = svg("polygon", Object.assign({ points: "8,1 15,14 1,14" }, c)); break;
      case "triangleDown": shape = svg("polygon", Object.assign({ points: "1,2 15,2 8,15" }, c)); break;
      case "star": shape = svg("polygon", Object.assign({ points: "8,0.5 10,6 15.5,6 11,9.5 12.8,15 8,11.5 3.2,15 5,9.5 0.5,6 6,6" }, c)); break;
      default: shape = svg("circle", Object.assign({ cx: 8, cy: 8, r: 6.5 }, c));
    }
    return svg("svg", { width: 16, height: 16, class: "sample", "aria-hidden": "true" }, [shape]);
  }

  // ------------------------------------------------------------------ network

  const container = document.getElementById("graph");
  const visNodes = new vis.DataSet(nodes.map(baseNode));
  const visEdges = new vis.DataSet(edges.map(baseEdge));
  let network = null;

  function applyStyles() {
    const r = restyle();
    if (network === null || !fastPathAvailable()) {
      if (r.nodeUpdates.length) visNodes.update(r.nodeUpdates);
      if (r.edgeUpdates.length) visEdges.update(r.edgeUpdates);
    } else if (r.nodeUpdates.length || r.edgeUpdates.length) {
      for (const look of r.edgeUpdates) restyleDrawnEdge(network.body.edges[look.id], look);
      for (const look of r.nodeUpdates) restyleDrawnNode(network.body.nodes[look.id], look);
      network.body.emitter.emit("_dataChanged");
    }
    return r;
  }

  /* Restyling through DataSet.update costs ~50 us per item in vis-network (each item's
   * options are re-parsed); a time window change flips thousands of edges, which made the
   * timeline stutter on big graphs.  vis-network (9.1.2, pinned with pyvis) reads these
   * options on every draw, so after the first draw we set them directly and announce one
   * data change.  Anything unexpected falls back to DataSet.update. */
  function fastPathAvailable() {
    const body = network.body;
    return Boolean(body && body.edges && body.nodes && body.emitter && typeof body.emitter.emit === "function");
  }
  function restyleDrawnEdge(edge, look) {
    if (!edge) return;
    const o = edge.options;
    o.hidden = look.hidden;
    o.width = look.width;
    o.dashes = look.dashes;
    o.color = Object.assign({}, o.color, look.color);
    if (edge.labelModule && edge.labelModule.fontOptions) edge.labelModule.fontOptions.color = look.font.color;
  }
  function restyleDrawnNode(node, look) {
    if (!node) return;
    const o = node.options;
    o.hidden = look.hidden;
    o.color = Object.assign({}, o.color, {
      background: look.color.background, border: look.color.border,
      highlight: Object.assign({}, look.color.highlight), hover: Object.assign({}, look.color.hover),
    });
    if (node.labelModule && node.labelModule.fontOptions) node.labelModule.fontOptions.color = look.font.color;
  }

  function createNetwork() {
    applyStyles();
    const options = {
      physics: false,
      layout: { improvedLayout: false },
      interaction: {
        hover: !BIG, tooltipDelay: 200, hideEdgesOnDrag: BIG, hideEdgesOnZoom: BIG,
        multiselect: false, selectConnectedEdges: false,
      },
      nodes: { borderWidth: 1, font: { size: 14, face: "system-ui, sans-serif", strokeWidth: 3, strokeColor: "#ffffff" } },
      edges: {
        selectionWidth: 2, hoverWidth: 1, color: { inherit: false }, smooth: false,
        font: { size: 10, face: "system-ui, sans-serif", align: "middle", strokeWidth: 3, strokeColor: "#ffffff" },
      },
    };
    network = new vis.Network(container, { nodes: visNodes, edges: visEdges }, options);
    // A white background, so an exported PNG is readable outside a white page.
    network.on("beforeDrawing", function (ctx) {
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.fillStyle = "#ffffff";
      ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
      ctx.restore();
    });
    network.on("click", onNetworkClick);
    network.once("afterDrawing", function () {
      api.ready = true;
      document.body.dataset.ready = "1";
    });
  }

  function onNetworkClick(params) {
    if (params.nodes.length) selectNode(params.nodes[0], false);
    else if (params.edges.length) selectEdge(params.edges[0]);
    else clearSelection();
  }

  // ------------------------------------------------------------------ update cycle

  function update() {
    applyStyles();
    renderSummary();
    renderHistogram();
    renderWindowLabel();
    refreshPanel();
  }

  function renderSummary() {
    const shown = state.passing.size;
    const text = state.activeNodes.size + " actors \u00b7 " + state.visibleEdges.size + " relations \u00b7 " +
      shown + " of " + claims.length + " claims";
    document.getElementById("summary").textContent = text;
  }

  // ------------------------------------------------------------------ filters UI

  function countBy(key) {
    const counts = new Map();
    for (const c of claims) counts.set(c[key], (counts.get(c[key]) || 0) + 1);
    return counts;
  }

  function checkbox(id, label, checked, onChange, extra) {
    const input = el("input", { type: "checkbox", id: id, checked: checked });
    input.addEventListener("change", function () { onChange(input.checked); });
    return el("label", { className: "check", htmlFor: id }, [input].concat(extra || []).concat([label]));
  }

  function buildCategoryFilters() {
    const box = document.getElementById("category-filters");
    const counts = countBy("c");
    const quads = DATA.quads.concat(["other"]);
    for (const q of quads) {
      const members = categories.map((c, i) => i).filter((i) => quadOf(i) === q && counts.get(i));
      if (!members.length) continue;
      const group = el("fieldset", { className: "quad", dataset: { quad: q } });
      const childBoxes = [];
      const head = checkbox("quad-" + q, QUAD_STYLE[q].label, true, function (on) {
        for (const i of members) {
          if (on) state.categories.add(i); else state.categories.delete(i);
        }
        for (const cb of childBoxes) cb.checked = on;
        update();
      }, [lineSample(QUAD_STYLE[q].color, false)]);
      const headInput = head.querySelector("input");
      group.appendChild(el("legend", null, [head]));
      for (const i of members) {
        const cat = categories[i];
        const lab = checkbox("cat-" + cat.name, cat.name + " (" + counts.get(i) + ")", true, function (on) {
          if (on) state.categories.add(i); else state.categories.delete(i);
          const n = members.filter((m) => state.categories.has(m)).length;
          headInput.checked = n === members.length;
          headInput.indeterminate = n > 0 && n < members.length;
          update();
        });
        lab.title = cat.comment || cat.name;
        lab.dataset.category = cat.name;
        childBoxes.push(lab.querySelector("input"));
        group.appendChild(lab);
      }
      box.appendChild(group);
    }
  }

  function buildModalityFilters() {
    const box = document.getElementById("modality-filters");
    const counts = countBy("m");
    modalities.forEach(function (mod, i) {
      const lab = checkbox("mod-" + mod, mod + " (" + (counts.get(i) || 0) + ")", true, function (on) {
        if (on) state.modalities.add(i); else state.modalities.delete(i);
        update();
      }, [lineSample("#444444", MODALITY_DASHES[mod])]);
      lab.dataset.modality = mod;
      box.appendChild(lab);
    });
  }

  function buildTypeFilters() {
    const box = document.getElementById("type-filters");
    const counts = new Map();
    for (const n of nodes) counts.set(n.type, (counts.get(n.type) || 0) + 1);
    for (const type of Array.from(counts.keys()).sort()) {
      const lab = checkbox("type-" + type.replace(/[^A-Za-z0-9_-]/g, "_"), type + " (" + counts.get(type) + ")", true, function (on) {
        if (on) state.types.add(type); else state.types.delete(type);
        update();
      }, [shapeSample(type)]);
      lab.dataset.type = type;
      box.appendChild(lab);
    }
  }

  function buildThresholds() {
    const conf = document.getElementById("min-confidence");
    const out = document.getElementById("min-confidence-value");
    conf.addEventListener("input", function () {
      state.minConfidence = Number(conf.value);
      out.textContent = state.minConfidence.toFixed(2);
      update();
    });
    const src = document.getElementById("min-sources");
    let maxSources = 1;
    for (const e of edges) {
      const docs = new Set();
      for (const ci of e.claims) for (const d of claims[ci].docs) docs.add(d);
      maxSources = Math.max(maxSources, docs.size);
    }
    src.max = String(maxSources);
    src.addEventListener("input", function () {
      const v = Math.floor(Number(src.value));
      state.minSources = Number.isFinite(v) && v > 1 ? v : 1;
      update();
    });
  }

  // ------------------------------------------------------------------ timeline

  const lo = document.getElementById("win-lo");
  const hi = document.getElementById("win-hi");

  function periodIndex(day) {
    const list = periods.list;
    for (let i = 0; i < list.length; i++) if (day <= list[i].hi) return i;
    return list.length - 1;
  }

  function buildTimeline() {
    const n = periods.list.length;
    const footer = document.getElementById("timeline");
    if (!n) {
      footer.classList.add("empty");
      document.getElementById("window-label").textContent = "No dated claims";
      return;
    }
    for (const input of [lo, hi]) input.max = String(n - 1);
    lo.value = "0";
    hi.value = String(n - 1);
    lo.addEventListener("input", function () { onSlider(lo); });
    hi.addEventListener("input", function () { onSlider(hi); });
    document.getElementById("play").addEventListener("click", togglePlay);
    document.getElementById("undated").addEventListener("change", function (ev) {
      state.undated = ev.target.value;
      update();
    });
    const hist = document.getElementById("histogram");
    for (let i = 0; i < n; i++) hist.appendChild(el("div", { className: "bar" }, []));
    // Centre bar i on the slider thumb position i (thumbs travel THUMB/2 .. width - THUMB/2).
    const half = n > 1 ? "(100% - " + THUMB + "px) / " + (2 * (n - 1)) : "0px";
    hist.style.marginLeft = hist.style.marginRight = "calc(" + THUMB / 2 + "px - " + half + ")";
    buildAxis();
  }

  const THUMB = 12;
  /* CSS left offset of slider position i of n (matches where the range thumb is drawn). */
  function sliderOffset(i, n) {
    return "calc(" + THUMB / 2 + "px + (100% - " + THUMB + "px) * " + (n > 1 ? i / (n - 1) : 0) + ")";
  }

  function buildAxis() {
    const axis = document.getElementById("axis");
    const n = periods.list.length;
    const every = Math.max(1, Math.ceil(n / 12));
    for (let i = 0; i < n; i += every) {
      const tick = el("span", { className: "tick" }, [periods.list[i].label]);
      tick.style.left = sliderOffset(i, n);
      axis.appendChild(tick);
    }
  }

  function onSlider(moved) {
    let a = Number(lo.value), b = Number(hi.value);
    if (a > b) {
      if (moved === lo) { b = a; hi.value = String(b); } else { a = b; lo.value = String(a); }
    }
    state.window = { lo: periods.list[a].lo, hi: periods.list[b].hi };
    update();
  }

  function renderHistogram() {
    const bars = document.getElementById("histogram").children;
    const list = periods.list;
    if (!list.length) return;
    const counts = new Array(list.length).fill(0);
    for (const c of claims) {
      if (c.s === null || !passesNonTime(c)) continue;
      if (!c.d && state.undated !== "published") continue;
      const a = periodIndex(c.s), b = periodIndex(c.t);
      for (let i = a; i <= b; i++) counts[i] += 1;
    }
    const fill = document.getElementById("range-fill");
    const a = Number(lo.value), b = Number(hi.value);
    fill.style.left = sliderOffset(a, list.length);
    fill.style.width = "calc(" + sliderOffset(b, list.length) + " - " + sliderOffset(a, list.length) + ")";
    const max = Math.max(1, ...counts);
    for (let i = 0; i < list.length; i++) {
      const bar = bars[i];
      bar.style.height = (counts[i] ? Math.max(4, 100 * counts[i] / max) : 0) + "%";
      const inside = state.window !== null && list[i].lo <= state.window.hi && list[i].hi >= state.window.lo;
      bar.classList.toggle("in", inside);
      bar.title = list[i].label + ": " + counts[i] + " claim(s)";
    }
  }

  function renderWindowLabel() {
    const label = document.getElementById("window-label");
    if (state.window === null) return;
    const undated = claims.filter((c) => !c.d && passesNonTime(c)).length;
    const fmt = periods.unit === "month" ? (d) => isoDay(d).slice(0, 7) : (d) => isoDay(d).slice(0, 4);
    const a = fmt(state.window.lo), b = fmt(state.window.hi);
    const how = { show: "+" + undated + " undated", hide: undated + " undated hidden",
      published: undated + " undated placed" }[state.undated];
    label.textContent = (a === b ? a : a + " \u2013 " + b) + (undated ? " \u00b7 " + how : "");
  }

  let playTimer = null;
  function togglePlay() {
    const button = document.getElementById("play");
    if (playTimer !== null) {
      clearInterval(playTimer);
      playTimer = null;
      state.playing = false;
      button.textContent = "\u25b6 Play";
      return;
    }
    const n = periods.list.length;
    if (Number(lo.value) === 0 && Number(hi.value) === n - 1 && n > 1) {
      hi.value = String(Math.max(0, Math.round(n / 10) - 1));
      onSlider(hi);
    }
    state.playing = true;
    button.textContent = "\u275a\u275a Pause";
    playTimer = setInterval(stepWindow, 700);
  }

  function stepWindow() {
    const n = periods.list.length;
    let a = Number(lo.value), b = Number(hi.value);
    const width = b - a;
    if (b + 1 >= n) { a = 0; b = width; } else { a += 1; b += 1; }
    hi.value = String(b);
    lo.value = String(a);
    onSlider(hi);
  }

  function setWindow(start, end) {
    const list = periods.list;
    if (!list.length) return;
    const a = start === null || start === undefined ? list[0].lo : isoBounds(start)[0];
    const b = end === null || end === undefined ? list[list.length - 1].hi : isoBounds(end)[1];
    state.window = { lo: Math.min(a, b), hi: Math.max(a, b) };
    lo.value = String(periodIndex(state.window.lo));
    hi.value = String(periodIndex(state.window.hi));
    update();
  }

  // ------------------------------------------------------------------ search

  const nameIndex = new Map();

  function buildSearch() {
    const list = document.getElementById("actor-names");
    const order = nodes.slice().sort((a, b) => b.n - a.n);
    const seen = new Set();
    for (const n of order) {
      for (const name of n.names) {
        const key = normal(name);
        if (!nameIndex.has(key)) nameIndex.set(key, []);
        nameIndex.get(key).push(n.id);
        if (seen.has(name)) continue;
        seen.add(name);
        const opt = el("option", { value: name }, []);
        if (name !== n.label) opt.label = n.label;
        list.appendChild(opt);
      }
    }
    const input = document.getElementById("search");
    input.addEventListener("input", function () { searchFor(input.value, false); });
    input.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter") searchFor(input.value, true);
      if (ev.key === "Escape") { input.value = ""; clearSelection(); }
    });
    document.getElementById("search-clear").addEventListener("click", function () {
      input.value = "";
      document.getElementById("search-status").textContent = "";
      clearSelection();
    });
  }

  /* Find an actor by a name; `loose` (Enter) also accepts the first name starting with the text. */
  function findActor(text, loose) {
    const key = normal(text);
    if (!key) return null;
    const exact = nameIndex.get(key);
    if (exact) return exact[0];
    if (!loose) return null;
    for (const [name, ids] of nameIndex) if (name.startsWith(key)) return ids[0];
    for (const [name, ids] of nameIndex) if (name.includes(key)) return ids[0];
    return null;
  }

  function searchFor(text, loose) {
    const status = document.getElementById("search-status");
    const id = findActor(text, loose);
    if (id === null) {
      if (loose) status.textContent = "No actor is called \u201c" + text + "\u201d";
      return;
    }
    status.textContent = "";
    selectNode(id, true);
  }

  // ------------------------------------------------------------------ selection & panel

  function selectNode(id, moveView) {
    if (state.types.has(nodes[id].type) === false) return;
    state.focus = id;
    state.selected = { kind: "node", id: id };
    network.selectNodes([id], false);
    if (moveView) network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 300 } });
    update();
  }

  function selectEdge(id) {
    state.focus = null;
    state.selected = { kind: "edge", id: id };
    network.selectEdges([id]);
    update();
  }

  function clearSelection() {
    state.focus = null;
    state.selected = null;
    network.unselectAll();
    update();
  }

  function refreshPanel() {
    const body = document.getElementById("panel-body");
    clear(body);
    const sel = state.selected;
    if (sel === null) {
      body.appendChild(el("p", { className: "hint" }, ["Click a line to read the sentences behind it, or an actor to list its relations."]));
      return;
    }
    body.appendChild(sel.kind === "edge" ? edgePanel(edges[sel.id]) : nodePanel(nodes[sel.id]));
  }

  function formatClaimDate(c) {
    if (c.d) {
      const span = c.ds === c.de || !c.de ? c.ds : c.ds + " \u2013 " + c.de;
      return span + " (" + c.p + ")";
    }
    const pub = c.s !== null ? isoDay(c.s) : null;
    return pub ? "undated \u00b7 reported " + pub : "undated";
  }

  /* The sentence as text nodes with the actors' names and the trigger wrapped in <mark>. */
  function highlighted(sentence, marks) {
    const text = String(sentence || "");
    const ranges = [];
    for (const m of marks) {
      const terms = m.terms.filter((t) => t && t.length > 1).sort((a, b) => b.length - a.length);
      for (const term of terms) {
        const esc = term.replace(/[.*+?^${}()|[\]\\\/]/g, "\\$&");
        const re = new RegExp("(?<![\\p{L}\\p{N}])" + esc + "(?![\\p{L}\\p{N}])", "giu");
        let found;
        while ((found = re.exec(text)) !== null) {
          ranges.push({ a: found.index, b: found.index + found[0].length, cls: m.cls });
          if (found[0].length === 0) re.lastIndex += 1;
        }
      }
    }
    ranges.sort((x, y) => x.a - y.a || (y.b - y.a) - (x.b - x.a));
    const frag = el("span", { className: "sentence" }, []);
    let pos = 0;
    for (const r of ranges) {
      if (r.a < pos) continue;
      if (r.a > pos) frag.appendChild(document.createTextNode(text.slice(pos, r.a)));
      frag.appendChild(el("mark", { className: r.cls }, [text.slice(r.a, r.b)]));
      pos = r.b;
    }
    if (pos < text.length) frag.appendChild(document.createTextNode(text.slice(pos)));
    return frag;
  }

  function sourceLine(doc) {
    const title = doc.title || doc.id || "source";
    const url = safeUrl(doc.url);
    const parts = [];
    parts.push(url ? el("a", { href: url, target: "_blank", rel: "noopener noreferrer", className: "source-link" }, [title])
      : el("span", { className: "source-title" }, [title]));
    if (doc.publisher) parts.push(" \u00b7 ", el("span", { className: "publisher" }, [doc.publisher]));
    if (doc.published) parts.push(" \u00b7 ", el("time", { className: "published" }, [doc.published]));
    if (!url && doc.url) parts.push(" \u00b7 ", el("span", { className: "raw-url" }, [doc.url]));
    return el("div", { className: "source" }, parts);
  }

  function claimItem(e, ci) {
    const c = claims[ci];
    const mod = modalities[c.m];
    const marks = [
      { cls: "subject", terms: nodes[e.from].names },
      { cls: "object", terms: nodes[e.to].names },
    ];
    const head = el("div", { className: "claim-head" }, [
      el("span", { className: "claim-date" }, [formatClaimDate(c)]),
      el("span", { className: "badge modality-" + mod }, [mod]),
      c.at ? el("span", { className: "location" }, ["in ", c.at]) : null,
      c.by ? el("span", { className: "claimant" }, ["according to ", c.by]) : null,
      el("span", { className: "confidence", title: "confidence" }, [c.k.toFixed(2)]),
    ]);
    const evs = c.v.map(function (vi) {
      const ev = DATA.evidence[vi];
      const m = ev.trig ? marks.concat([{ cls: "trigger", terms: [ev.trig] }]) : marks;
      return el("li", { className: "evidence" }, [el("blockquote", null, [highlighted(ev.text, m)]), sourceLine(DATA.docs[ev.d])]);
    });
    return el("li", { className: "claim" + (state.passing.has(ci) ? "" : " filtered"), dataset: { claim: String(ci) } },
      [head, evs.length ? el("ul", { className: "evidence-list" }, evs) : el("p", { className: "hint" }, ["no evidence recorded"])]);
  }

  function edgePanel(e) {
    const arrow = e.sym ? " \u2014 " : " \u2192 ";
    const cat = categories[e.cat];
    const order = e.claims.slice().sort((a, b) => (claims[a].s ?? Infinity) - (claims[b].s ?? Infinity));
    const shown = order.filter((ci) => state.passing.has(ci));
    const hidden = order.filter((ci) => !state.passing.has(ci));
    const box = el("div", { className: "edge-panel" }, [
      el("h2", null, [
        actorButton(e.from), el("span", { className: "relation" }, [arrow + e.label + arrow]), actorButton(e.to),
      ]),
      el("p", { className: "category" }, [
        lineSample(QUAD_STYLE[quadOf(e.cat)].color, false), cat.name + " \u00b7 " + (QUAD_STYLE[quadOf(e.cat)].label),
      ]),
      el("ul", { className: "claims" }, shown.map((ci) => claimItem(e, ci))),
    ]);
    if (hidden.length) {
      box.appendChild(el("details", { className: "hidden-claims" }, [
        el("summary", null, [hidden.length + " more mention(s) hidden by the current filters"]),
        el("ul", { className: "claims" }, hidden.map((ci) => claimItem(e, ci))),
      ]));
    }
    return box;
  }

  function actorButton(id) {
    const b = el("button", { type: "button", className: "actor-link" }, [nodes[id].label]);
    b.addEventListener("click", function () { selectNode(id, true); });
    return b;
  }

  function nodePanel(n) {
    const box = el("div", { className: "node-panel" }, [
      el("h2", null, [shapeSample(n.type), " ", n.label]),
      el("p", { className: "node-meta" }, [[n.type, n.country].filter(Boolean).join(" \u00b7 ")]),
    ]);
    const other = n.names.filter((x) => x !== n.label);
    if (other.length) box.appendChild(el("p", { className: "aliases" }, ["Also: " + other.join(", ")]));
    const byPartner = new Map();
    let hiddenCount = 0;
    for (const eid of nodeEdges[n.id]) {
      if (!state.visibleEdges.has(eid)) { hiddenCount += 1; continue; }
      const e = edges[eid];
      const partner = e.from === n.id ? e.to : e.from;
      if (!byPartner.has(partner)) byPartner.set(partner, []);
      byPartner.get(partner).push(e);
    }
    const weight = (list) => list.reduce((s, e) => s + e.claims.filter((ci) => state.passing.has(ci)).length, 0);
    const partners = Array.from(byPartner.entries()).sort((a, b) => weight(b[1]) - weight(a[1]));
    const list = el("ul", { className: "partners" }, partners.map(function (entry) {
      const byCategory = entry[1].slice().sort((a, b) => a.cat - b.cat || a.label.localeCompare(b.label));
      const rels = byCategory.map(function (e) {
        const dir = e.sym ? "\u2194" : e.from === n.id ? "\u2192" : "\u2190";
        const count = e.claims.filter((ci) => state.passing.has(ci)).length;
        const b = el("button", { type: "button", className: "relation-link" }, [
          lineSample(QUAD_STYLE[quadOf(e.cat)].color, false), dir + " " + e.label + " (" + categories[e.cat].name + ", " + count + ")",
        ]);
        b.addEventListener("click", function () { selectEdge(e.id); });
        return el("li", null, [b]);
      });
      return el("li", { className: "partner" }, [actorButton(entry[0]), el("ul", null, rels)]);
    }));
    box.appendChild(partners.length ? list : el("p", { className: "hint" }, ["No relation under the current filters."]));
    if (hiddenCount) box.appendChild(el("p", { className: "hint" }, [hiddenCount + " relation(s) hidden by the current filters."]));
    return box;
  }

  // ------------------------------------------------------------------ export

  function exportPng() {
    const canvas = container.querySelector("canvas");
    if (!canvas) return;
    const a = el("a", { href: canvas.toDataURL("image/png"), download: (DATA.title || "geokg").replace(/[^A-Za-z0-9_-]+/g, "_") + ".png" }, []);
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  // ------------------------------------------------------------------ public API (for tests and power users)

  const api = {
    ready: false,
    state: state,
    data: DATA,
    periods: periods,
    get network() { return network; },
    visibleEdgeIds: () => Array.from(state.visibleEdges).sort((a, b) => a - b),
    visibleEdgeKeys: () => Array.from(state.visibleEdges).map((id) => nodes[edges[id].from].iri + " " + edges[id].rel + " " + nodes[edges[id].to].iri).sort(),
    visibleNodeIds: () => nodes.filter((n) => state.types.has(n.type)).map((n) => n.id),
    activeNodeIds: () => Array.from(state.activeNodes).sort((a, b) => a - b),
    windowISO: () => (state.window ? [isoDay(state.window.lo), isoDay(state.window.hi)] : null),
    setWindow: setWindow,
    /* How vis-network will draw an item now (reads its live options). */
    drawnStyle: function (kind, id) {
      const item = (kind === "node" ? network.body.nodes : network.body.edges)[id];
      const o = item.options;
      return kind === "node" ? { hidden: o.hidden, background: o.color.background, border: o.color.border }
        : { hidden: o.hidden, color: o.color.color, width: o.width, dashes: o.dashes };
    },
    nodeIdByIri: (iri) => { const n = nodes.find((x) => x.iri === iri); return n ? n.id : null; },
    edgeIdsBetween: (a, b) => edges.filter((e) => (nodes[e.from].iri === a && nodes[e.to].iri === b) || (nodes[e.from].iri === b && nodes[e.to].iri === a)).map((e) => e.id),
    /* Where an edge's middle is, in page pixels, to click it like a user. */
    edgeClientPoint: function (id) {
      const e = network.body.edges[id];
      let p;
      try { p = e.edgeType.getPoint(0.5); } catch (err) { p = { x: (e.from.x + e.to.x) / 2, y: (e.from.y + e.to.y) / 2 }; }
      const dom = network.canvasToDOM(p);
      const rect = container.getBoundingClientRect();
      return { x: rect.left + dom.x, y: rect.top + dom.y };
    },
    nodeClientPoint: function (id) {
      const p = network.getPositions([id])[id];
      const dom = network.canvasToDOM(p);
      const rect = container.getBoundingClientRect();
      return { x: rect.left + dom.x, y: rect.top + dom.y };
    },
  };
  window.geokg = api;

  // ------------------------------------------------------------------ start

  buildCategoryFilters();
  buildModalityFilters();
  buildTypeFilters();
  buildThresholds();
  buildTimeline();
  buildSearch();
  createNetwork();
  document.getElementById("fit").addEventListener("click", function () { network.fit({ animation: false }); });
  document.getElementById("png").addEventListener("click", exportPng);
  document.getElementById("panel").addEventListener("keydown", function (ev) { if (ev.key === "Escape") clearSelection(); });
  update();
})();
