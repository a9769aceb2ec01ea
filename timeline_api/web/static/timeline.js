/* The analyst's page: send an article to POST /v1/timeline and draw the timeline it returns.
 *
 * The chart is an SVG date axis.  An event dated to a day is a point, one dated to a
 * range of days a bar, one dated only coarsely (a month, a year...) a faint band over
 * that period.  Events on the same dates share one mark.  Marks are stacked in lanes
 * so that no two overlap; when a document has too many to label them all, the lanes
 * close up and only the marks with room beside them keep a label until one zooms in.  Offsets from the API count code points, so text
 * is sliced with Array.from rather than String.slice.
 */
"use strict";

(() => {
  const SVG_NS = "http://www.w3.org/2000/svg";
  const DAY_MS = 86400000;
  const COARSE = new Set(["century", "decade", "year", "half", "quarter", "season", "month", "week"]);
  const MODS = {
    START: "early", MID: "mid", END: "late", APPROX: "about", BEFORE: "before", AFTER: "after",
    ON_OR_BEFORE: "on or before", ON_OR_AFTER: "on or after", LESS_THAN: "less than",
    MORE_THAN: "more than", EQUAL_OR_LESS: "at most", EQUAL_OR_MORE: "at least",
  };
  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const SEASONS = { SP: "spring", SU: "summer", FA: "autumn", WI: "winter" };
  const SOURCES = {
    request: "as given", dateline: "read from the dateline",
    latest_explicit_date: "the latest date in the text", today: "today: nothing to infer it from",
  };
  const AXIS = 34;          // height of the axis above the lanes
  const LANE = 40;          // height of a lane with labels
  const COMPACT_LANE = 18;  // ... and of one without
  const MAX_LABELLED_LANES = 14;
  const DENSE_LANES = 20;   // thin lanes to spread a dense document over
  const PAD = 28;           // room left and right of the axis
  const GAP = 10;           // least room between two marks in a lane
  const RADIUS = 6;
  const SUMMARY_MAX = 40;   // characters of a summary in a label

  const $ = (id) => document.getElementById(id);
  const api = document.body.dataset.api;
  const state = { text: "", referenceDate: null, timeline: null, json: "", zoom: 1, marks: [], selected: null };
  let measureContext = null;

  // ---- Building DOM and SVG nodes -------------------------------------------------

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
    node.append(...children);
    return node;
  }

  function svg(tag, attrs = {}, ...children) {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
    node.append(...children);
    return node;
  }

  // ---- Dates ----------------------------------------------------------------------

  const ymd = (iso) => iso.split("-").map(Number);
  const dayNumber = (iso) => { const [y, m, d] = ymd(iso); return Date.UTC(y, m - 1, d) / DAY_MS; };
  const dayOf = (y, m, d) => Date.UTC(y, m - 1, d) / DAY_MS;
  const fmtDay = (iso) => { const [y, m, d] = ymd(iso); return `${MONTHS[m - 1]} ${d}, ${y}`; };

  /** How a person would write the date of a temporal expression. */
  function formatWhen(date) {
    if (!date.start || !date.end) return `“${date.text}”`;
    const [sy, sm, sd] = ymd(date.start);
    const [ey, em, ed] = ymd(date.end);
    const mod = MODS[date.mod] ? `${MODS[date.mod]} ` : "";
    let when;
    if (date.value.includes("/")) {
      if (date.granularity === "year") when = `${sy}–${ey}`;
      else if (date.granularity === "month") when = sy === ey ? `${MONTHS[sm - 1]}–${MONTHS[em - 1]} ${sy}` : `${MONTHS[sm - 1]} ${sy} – ${MONTHS[em - 1]} ${ey}`;
      else if (sy === ey && sm === em) when = `${MONTHS[sm - 1]} ${sd}–${ed}, ${sy}`;
      else if (sy === ey) when = `${MONTHS[sm - 1]} ${sd} – ${MONTHS[em - 1]} ${ed}, ${sy}`;
      else when = `${fmtDay(date.start)} – ${fmtDay(date.end)}`;
    } else {
      const part = (re) => (date.value.match(re) || [])[1];
      switch (date.granularity) {
        case "century": case "decade": when = sy === ey ? `${sy}` : `${sy}–${ey}`; break;
        case "year": when = `${sy}`; break;
        case "half": when = `H${part(/-H(\d)/) || "?"} ${sy}`; break;
        case "quarter": when = `Q${part(/-Q(\d)/) || "?"} ${sy}`; break;
        case "season": when = `${SEASONS[part(/-(SP|SU|FA|WI)/)] || "season of"} ${sy}`; break;
        case "month": when = `${MONTHS[sm - 1]} ${sy}`; break;
        case "week": when = `week of ${fmtDay(date.start)}`; break;
        case "time": when = `${fmtDay(date.start)} ${part(/T([\d:]+)/) || ""}`.trim(); break;
        default: when = date.start === date.end ? fmtDay(date.start) : `${fmtDay(date.start)} – ${fmtDay(date.end)}`;
      }
    }
    return mod + when;
  }

  // ---- Talking to the API -------------------------------------------------------

  function post(format, text, referenceDate) {
    const url = format === "json" ? api : `${api}?format=${encodeURIComponent(format)}`;
    const headers = { "Content-Type": "application/json", Accept: format === "json" ? "application/json" : "*/*" };
    const key = $("api-key").value.trim();
    if (key) headers.Authorization = `Bearer ${key}`;
    return fetch(url, { method: "POST", headers, body: JSON.stringify({ text, reference_date: referenceDate }) });
  }

  function setStatus(message) { $("status").textContent = message; }

  function clearProblem() { $("problem").hidden = true; $("problem").replaceChildren(); }

  function showProblem(message, fieldErrors) {
    const box = $("problem");
    box.replaceChildren(el("p", {}, message));
    if (fieldErrors && Object.keys(fieldErrors).length) {
      box.append(el("ul", {}, ...Object.entries(fieldErrors).map(
        ([field, messages]) => el("li", {}, el("code", {}, field), `: ${[].concat(messages).join(" ")}`))));
    }
    box.hidden = false;
  }

  /** An error answer: show its problem document (RFC 9457), or what there is. */
  function showAnswerProblem(response, body) {
    let problem = null;
    try { problem = JSON.parse(body); } catch (error) { /* not JSON: say what we know */ }
    if (problem && typeof problem === "object" && problem.detail !== undefined) {
      showProblem(`${problem.status || response.status} ${problem.title || response.statusText}: ${problem.detail}`, problem.errors);
    } else {
      showProblem(`The service answered ${response.status} ${response.statusText}.`);
    }
  }

  async function submit(event) {
    event.preventDefault();
    const text = $("article").value;
    const referenceDate = $("reference-date").value || null;
    clearProblem();
    setStatus("Reading the article…");
    $("submit").disabled = true;
    try {
      const response = await post("json", text, referenceDate);
      const body = await response.text();
      if (!response.ok) {
        setStatus("");
        $("result").hidden = true;  // what it shows is not of this text
        showAnswerProblem(response, body);
        return;
      }
      Object.assign(state, { text, referenceDate, json: body, timeline: JSON.parse(body), zoom: 1, selected: null });
      showTimeline();
    } catch (error) {
      setStatus("");
      showProblem(`The service could not be reached: ${error.message}`);
    } finally {
      $("submit").disabled = false;
    }
  }

  async function download(event) {
    const link = event.currentTarget;
    const format = link.dataset.format;
    if (format === "json") return;  // its href already holds the answer
    event.preventDefault();
    setStatus(`Preparing the ${link.textContent} file…`);
    try {
      const response = await post(format, state.text, state.referenceDate);
      const body = await response.text();
      if (!response.ok) { setStatus(""); showAnswerProblem(response, body); return; }
      const type = response.headers.get("Content-Type") || "text/plain";
      const url = URL.createObjectURL(new Blob([body], { type }));
      const save = el("a", { href: url, download: link.getAttribute("download") });
      document.body.append(save);
      save.click();
      save.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
      setStatus(`Downloaded ${link.getAttribute("download")}.`);
    } catch (error) {
      setStatus("");
      showProblem(`The service could not be reached: ${error.message}`);
    }
  }

  // ---- The result -----------------------------------------------------------------

  function showTimeline() {
    const timeline = state.timeline;
    const events = timeline.events;
    $("result").hidden = false;
    const source = SOURCES[timeline.reference_date_source] || timeline.reference_date_source;
    $("summary").textContent = `${events.length} dated event${events.length === 1 ? "" : "s"} from `
      + `${timeline.temporal_expressions.length} temporal expression${timeline.temporal_expressions.length === 1 ? "" : "s"}; `
      + `publication date ${fmtDay(timeline.reference_date)} (${source}).`;

    const jsonLink = document.querySelector('#downloads a[data-format="json"]');
    if (jsonLink) {
      if (jsonLink.href.startsWith("blob:")) URL.revokeObjectURL(jsonLink.href);
      jsonLink.href = URL.createObjectURL(new Blob([state.json], { type: "application/json" }));
    }

    state.marks = groupIntoMarks(events);
    const onAxis = state.marks.reduce((n, mark) => n + mark.events.length, 0);
    const offAxis = events.length - onAxis;
    $("off-axis").textContent = offAxis
      ? `${offAxis} event${offAxis === 1 ? " has" : "s have"} no calendar date (such as “now”) and ${offAxis === 1 ? "is" : "are"} only in the list.`
      : "";
    for (const id of ["chart", "chart-controls", "detail"]) $(id).hidden = onAxis === 0;
    document.querySelector(".legend").hidden = onAxis === 0;
    $("list-heading").hidden = events.length === 0;
    drawChart();
    drawList();
    showDetail(null);
    setStatus(events.length ? `${events.length} event${events.length === 1 ? "" : "s"} drawn.`
      : "No dated events were found in this article.");
  }

  /** One mark per set of events with the same dates, sorted by date. */
  function groupIntoMarks(events) {
    const marks = new Map();
    for (const event of events) {
      const date = event.date;
      if (!date || !date.start || !date.end) continue;
      const kind = date.value.includes("/") ? "range" : COARSE.has(date.granularity) ? "coarse" : "point";
      const start = dayNumber(date.start);
      const end = dayNumber(date.end) + 1;  // exclusive: a day has a width
      const key = `${kind} ${start} ${end}`;
      if (!marks.has(key)) marks.set(key, { kind, start, end, events: [] });
      marks.get(key).events.push(event);
    }
    return [...marks.values()].sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /**
   * Day number -> x.  Each date where a mark starts or ends (and the publication date)
   * is a stop on the axis; "linear" spaces the stops by the days between them,
   * "compressed" by the logarithm of those days, so that a cluster of days in one
   * week stays legible beside an event twenty years before.
   */
  function makeScale(days, mode, width) {
    const stops = [...new Set(days)].sort((a, b) => a - b);
    const at = [0];
    for (let i = 1; i < stops.length; i += 1) {
      const gap = stops[i] - stops[i - 1];
      at.push(at[i - 1] + (mode === "linear" ? gap : 1 + Math.log2(1 + gap)));
    }
    const total = at[at.length - 1];
    const span = width - 2 * PAD;
    const scaled = at.map((a) => PAD + (total ? (a / total) * span : span / 2));
    const x = (day) => {
      if (day <= stops[0]) return scaled[0];
      let lo = 0;
      let hi = stops.length - 1;
      if (day >= stops[hi]) return scaled[hi];
      while (hi - lo > 1) { const mid = (lo + hi) >> 1; if (stops[mid] <= day) lo = mid; else hi = mid; }
      return scaled[lo] + ((day - stops[lo]) / (stops[hi] - stops[lo])) * (scaled[hi] - scaled[lo]);
    };
    return { x, first: stops[0], last: stops[stops.length - 1] };
  }

  function textWidth(text) {
    if (!measureContext) {
      measureContext = document.createElement("canvas").getContext("2d");
      measureContext.font = `12px ${getComputedStyle($("chart")).fontFamily}`;
    }
    return measureContext.measureText(text).width;
  }

  function markLabel(mark) {
    const first = mark.events[0];
    let summary = first.summary;
    if (summary.length > SUMMARY_MAX) summary = `${summary.slice(0, SUMMARY_MAX - 1).trimEnd()}…`;
    const more = mark.events.length > 1 ? ` (+${mark.events.length - 1})` : "";
    return `${formatWhen(first.date)} · ${summary}${more}`;
  }

  /** Where each mark's shape goes (a point or a very short span gets a least width), and its label. */
  function measure(marks, x) {
    for (const mark of marks) {
      let x0 = x(mark.start);
      let x1 = x(mark.end);
      const least = mark.kind === "point" ? 2 * RADIUS : 6;
      if (x1 - x0 < least) { const mid = (x0 + x1) / 2; x0 = mid - least / 2; x1 = mid + least / 2; }
      const label = markLabel(mark);
      Object.assign(mark, { x0, x1, a: x0, b: x1, label, labelWidth: textWidth(label), labelX: null });
    }
  }

  /** Each mark with its label above it, in the first lane where both overlap nothing; returns the lane count. */
  function stackLabelled(marks, width) {
    const lanes = [];
    for (const mark of marks) {
      mark.labelX = Math.max(2, Math.min(mark.x0, width - 2 - mark.labelWidth));  // inside the chart
      mark.a = Math.min(mark.x0, mark.labelX);
      mark.b = Math.max(mark.x1, mark.labelX + mark.labelWidth);
      let lane = lanes.findIndex((taken) => taken.every((m) => mark.b + GAP <= m.a || m.b + GAP <= mark.a));
      if (lane < 0) { lane = lanes.length; lanes.push([]); }
      lanes[lane].push(mark);
      mark.lane = lane;
    }
    return lanes.length;
  }

  /**
   * Too many marks to label them all: thin lanes, at least DENSE_LANES of them.
   * Each mark (in date order) goes into the lane that has been free the longest, which
   * leaves the most room after each mark; a label goes beside its shape where that room
   * holds it.  Returns the lane count.
   */
  function stackDense(marks, width) {
    const lanes = Array.from({ length: DENSE_LANES }, () => []);
    const freeFrom = (lane) => (lane.length ? lane[lane.length - 1].x1 + GAP : -Infinity);
    for (const mark of marks) {
      let lane = lanes.reduce((best, l, i) => (freeFrom(l) < freeFrom(lanes[best]) ? i : best), 0);
      if (freeFrom(lanes[lane]) > mark.x0) { lane = lanes.length; lanes.push([]); }
      lanes[lane].push(mark);
      mark.lane = lane;
    }
    for (const lane of lanes) {
      lane.forEach((mark, i) => {
        const room = (i + 1 < lane.length ? lane[i + 1].x0 - GAP : width - 2) - (mark.x1 + 4);
        if (mark.labelWidth <= room) Object.assign(mark, { labelX: mark.x1 + 4, b: mark.x1 + 4 + mark.labelWidth });
      });
    }
    return lanes.length;
  }

  /** Year (and, where there is room, month) ticks along the axis. */
  function ticks(scale) {
    const firstYear = new Date(scale.first * DAY_MS).getUTCFullYear();
    const lastYear = new Date(scale.last * DAY_MS).getUTCFullYear();
    const years = lastYear - firstYear + 1;
    const step = years > 400 ? 100 : years > 60 ? 10 : 1;
    const out = [];
    for (let y = Math.ceil(firstYear / step) * step; y <= lastYear; y += step) {
      out.push({ day: dayOf(y, 1, 1), label: `${y}`, major: true });
      if (years <= 40) for (let m = 2; m <= 12; m += 1) out.push({ day: dayOf(y, m, 1), label: MONTHS[m - 1], major: false });
    }
    return out.filter((tick) => tick.day >= scale.first && tick.day <= scale.last);
  }

  function drawChart() {
    const chart = $("chart");
    const marks = state.marks;
    if (!marks.length) { chart.replaceChildren(); return; }
    const keepScroll = chart.scrollWidth > chart.clientWidth ? (chart.scrollLeft + chart.clientWidth / 2) / chart.scrollWidth : null;
    const width = Math.max(chart.clientWidth, 480) * state.zoom;
    const reference = dayNumber(state.timeline.reference_date);
    const scale = makeScale([reference, reference + 1, ...marks.flatMap((m) => [m.start, m.end])], $("spacing").value, width);

    let labelled = true;
    measure(marks, scale.x);
    let lanes = stackLabelled(marks, width);
    if (lanes > MAX_LABELLED_LANES) { labelled = false; measure(marks, scale.x); lanes = stackDense(marks, width); }
    const laneHeight = labelled ? LANE : COMPACT_LANE;
    const height = AXIS + lanes * laneHeight + 10;

    const root = svg("svg", {
      width, height, viewBox: `0 0 ${width} ${height}`, role: "group",
      "aria-label": `Timeline chart: ${marks.length} marks on a date axis`,
    });
    const grid = svg("g", { class: "axis", "aria-hidden": "true" });
    grid.append(svg("line", { x1: PAD / 2, x2: width - PAD / 2, y1: AXIS - 8, y2: AXIS - 8, class: "baseline" }));
    const placed = [];
    const candidates = ticks(scale).sort((a, b) => b.major - a.major);
    for (const tick of candidates) {
      const tx = scale.x(tick.day);
      const w = textWidth(tick.label);
      if (placed.some(([s, e]) => tx - 4 < e && tx + w + 4 > s)) continue;
      placed.push([tx, tx + w]);
      grid.append(svg("line", { x1: tx, x2: tx, y1: AXIS - 14, y2: tick.major ? height : AXIS - 8, class: tick.major ? "tick major" : "tick" }));
      grid.append(svg("text", { x: tx + 3, y: 14, class: tick.major ? "major" : "" }, tick.label));
    }
    const refX = (scale.x(reference) + scale.x(reference + 1)) / 2;
    const refLine = svg("line", { x1: refX, x2: refX, y1: AXIS - 14, y2: height, class: "reference" });
    grid.append(refLine);
    root.append(grid);

    const layer = svg("g", { class: "marks" });
    for (const mark of marks) layer.append(drawMark(mark, labelled));
    root.append(layer);
    chart.replaceChildren(root);

    const unlabelled = marks.filter((mark) => mark.labelX === null).length;
    $("chart-hint").textContent = unlabelled
      ? `${unlabelled} of ${marks.length} marks have no room for a label at this zoom: zoom in, or point at them.` : "";
    if (keepScroll !== null) chart.scrollLeft = keepScroll * chart.scrollWidth - chart.clientWidth / 2;
    if (state.selected) markSelected(state.selected);
  }

  function drawMark(mark, labelled) {
    const laneHeight = labelled ? LANE : COMPACT_LANE;
    const top = AXIS + mark.lane * laneHeight;
    const mid = top + (labelled ? 26 : laneHeight / 2);
    const names = mark.events.map((e) => e.summary).join("; ");
    const group = svg("g", {
      class: `mark ${mark.kind}`, tabindex: 0, role: "button",
      "data-kind": mark.kind, "data-events": mark.events.map((e) => e.id).join(" "),
      "aria-label": `${formatWhen(mark.events[0].date)}: ${names}`,
    });
    group.append(svg("title", {}, `${formatWhen(mark.events[0].date)}: ${names}`));
    // The whole of the mark's place, label included, answers the pointer.
    group.append(svg("rect", { x: mark.a, y: top + 1, width: mark.b - mark.a, height: laneHeight - 2, class: "hit" }));
    if (mark.kind === "point") {
      group.append(svg("circle", { cx: (mark.x0 + mark.x1) / 2, cy: mid, r: RADIUS, class: "shape point" }));
    } else {
      group.append(svg("rect", {
        x: mark.x0, y: mid - 5, width: mark.x1 - mark.x0, height: 10, rx: mark.kind === "range" ? 3 : 0,
        class: `shape ${mark.kind}`,
      }));
    }
    if (mark.labelX !== null) {
      group.append(svg("text", { x: mark.labelX, y: labelled ? top + 14 : mid + 4, class: "label" }, mark.label));
    }
    group.addEventListener("mouseenter", () => showDetail(mark));
    group.addEventListener("mouseleave", () => showDetail(state.selected));
    group.addEventListener("focus", () => showDetail(mark));
    group.addEventListener("blur", () => showDetail(state.selected));
    group.addEventListener("click", () => select(mark));
    group.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); select(mark); }
    });
    mark.node = group;
    return group;
  }

  function drawList() {
    const byEvent = new Map();
    for (const mark of state.marks) for (const event of mark.events) byEvent.set(event.id, mark);
    const items = state.timeline.events.map((event) => {
      const mark = byEvent.get(event.id);
      const button = el("button", { type: "button" },
        el("span", { class: "when" }, formatWhen(event.date)), " ",
        el("span", { class: "what" }, event.summary));
      button.addEventListener("click", () => {
        if (mark) { select(mark); mark.node.scrollIntoView({ block: "nearest", inline: "center" }); }
        else { state.selected = null; markSelected(null); showDetail({ events: [event] }); }
      });
      const said = el("span", { class: "said" }, `“${event.date.text}”`);
      if (event.status) said.append(` · ${event.status}`);
      return el("li", { "data-event": event.id }, button, " ", said);
    });
    $("event-list").replaceChildren(...items);
  }

  function select(mark) {
    state.selected = mark;
    markSelected(mark);
    showDetail(mark);
  }

  function markSelected(mark) {
    const ids = new Set(mark ? mark.events.map((e) => e.id) : []);
    for (const m of state.marks) if (m.node) m.node.classList.toggle("selected", m === mark);
    for (const item of $("event-list").children) {
      const on = ids.has(item.dataset.event);
      item.classList.toggle("selected", on);
      if (on) item.setAttribute("aria-current", "true"); else item.removeAttribute("aria-current");
    }
  }

  // ---- Evidence ---------------------------------------------------------------------

  /** The sentence, with each span (absolute offsets in code points) marked. */
  function highlighted(sentence, spans) {
    const chars = Array.from(sentence.text);
    const parts = spans
      .map((s) => ({ a: s.start_char - sentence.start_char, b: s.end_char - sentence.start_char, cls: s.cls }))
      .filter((p) => p.a >= 0 && p.b <= chars.length && p.a < p.b)
      .sort((p, q) => p.a - q.a);
    const out = [];
    let at = 0;
    for (const p of parts) {
      if (p.a < at) continue;  // overlapping spans: the first one wins
      out.push(chars.slice(at, p.a).join(""), el("mark", { class: p.cls }, chars.slice(p.a, p.b).join("")));
      at = p.b;
    }
    out.push(chars.slice(at).join(""));
    return out;
  }

  function evidence(event) {
    const mentions = event.mentions && event.mentions.length ? event.mentions : [event];
    const facts = [`date expression “${event.date.text}” = ${event.date.value}`, `event word “${event.trigger.text}”`];
    if (event.status) facts.push(event.status);
    if (typeof event.confidence === "number") facts.push(`confidence ${event.confidence.toFixed(2)}`);
    return el("article", { class: "evidence", "data-event": event.id },
      el("h4", {}, `${formatWhen(event.date)}: ${event.summary}`),
      el("p", { class: "facts" }, facts.join(" · ")),
      ...mentions.map((m) => el("blockquote", {}, ...highlighted(m.sentence, [
        { ...m.date, cls: "when" }, { ...m.trigger, cls: "what" },
      ]))));
  }

  function showDetail(mark) {
    $("detail-empty").hidden = Boolean(mark);
    $("detail-body").replaceChildren(...(mark ? mark.events.map(evidence) : []));
  }

  // ---- Reading a file ---------------------------------------------------------------

  async function readFile(file) {
    if (!file) return;
    if (!(file.type.startsWith("text/") || /\.txt$/i.test(file.name))) {
      showProblem(`${file.name} is not a text file: drop or open a .txt file.`);
      return;
    }
    clearProblem();
    $("article").value = await file.text();
    $("file-name").textContent = file.name;
  }

  // ---- Wiring ---------------------------------------------------------------------

  function rezoom(factor) {
    state.zoom = factor === 0 ? 1 : Math.min(64, Math.max(1, state.zoom * factor));
    drawChart();
  }

  $("article-form").addEventListener("submit", submit);
  $("file").addEventListener("change", (event) => readFile(event.target.files[0]));
  const drop = $("drop");
  drop.addEventListener("dragover", (event) => { event.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    drop.classList.remove("over");
    readFile(event.dataTransfer.files[0]);
  });
  $("zoom-in").addEventListener("click", () => rezoom(1.6));
  $("zoom-out").addEventListener("click", () => rezoom(1 / 1.6));
  $("zoom-fit").addEventListener("click", () => rezoom(0));
  $("spacing").addEventListener("change", () => drawChart());
  for (const link of document.querySelectorAll("#downloads a")) link.addEventListener("click", download);
  let resizing = null;
  window.addEventListener("resize", () => {
    clearTimeout(resizing);
    resizing = setTimeout(() => { if (state.timeline) drawChart(); }, 150);
  });
})();
