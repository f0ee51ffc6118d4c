"use strict";
(function () {
  var data = JSON.parse(document.getElementById("data").textContent);
  var $ = function (s, root) { return (root || document).querySelector(s); };
  var $$ = function (s, root) { return Array.prototype.slice.call((root || document).querySelectorAll(s)); };
  var state = { actor: "", cat: "", doc: "" };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  // sentence writes a sentence into a blockquote: the record's span marked
  // when it is part of the sentence only, the trigger word in bold.
  function sentence(sent, span, trigger) {
    var q = el("blockquote");
    var cs = Array.from(sent.x), a = span[0] - sent.o, b = span[1] - sent.o;
    var parts = [[cs.join(""), false]];
    if (a >= 0 && b <= cs.length && a < b && (a > 0 || b < cs.length)) {
      parts = [[cs.slice(0, a).join(""), false], [cs.slice(a, b).join(""), true], [cs.slice(b).join(""), false]];
    }
    parts.forEach(function (p) {
      var target = p[1] ? el("mark") : q;
      var text = p[0], i = trigger ? wordAt(text, trigger) : -1;
      if (i >= 0) {
        target.appendChild(document.createTextNode(text.slice(0, i)));
        target.appendChild(el("b", "", text.slice(i, i + trigger.length)));
        target.appendChild(document.createTextNode(text.slice(i + trigger.length)));
        trigger = "";
      } else {
        target.appendChild(document.createTextNode(text));
      }
      if (p[1]) q.appendChild(target);
    });
    return q;
  }

  function wordAt(text, w) {
    var t = text.toLowerCase(), lw = w.toLowerCase(), i = t.indexOf(lw);
    while (i >= 0) {
      var before = i === 0 || !/[\p{L}\p{N}]/u.test(t[i - 1]);
      var after = i + lw.length >= t.length || !/[\p{L}\p{N}]/u.test(t[i + lw.length]);
      if (before && after) return i;
      i = t.indexOf(lw, i + 1);
    }
    return -1;
  }

  function meta(sent, span, extra) {
    var m = el("div", "meta");
    var link = el("a", "", data.docs[sent.d]);
    link.href = "#doc-" + sent.d;
    m.appendChild(link);
    var bits = [];
    if (sent.sec) bits.push("section “" + sent.sec + "”");
    bits.push("sentence " + sent.s, "span [" + span[0] + ", " + span[1] + ")");
    m.appendChild(document.createTextNode(" · " + bits.concat(extra || []).join(" · ")));
    return m;
  }

  function eventArticle(i) {
    var e = data.events[i], s = data.sents[e.s];
    var art = el("article");
    var what = [e.date || "undated", e.type + (e.sub ? " (" + e.sub + ")" : "")];
    if (e.tgt.length) what.push(e.src.join("+") + " → " + e.tgt.join("+"));
    else if (e.src.length) what.push(e.src.join(", "));
    if (e.trig) what.push("“" + e.trig + "”");
    if (e.mode) what.push("not asserted: " + e.mode);
    art.appendChild(el("div", "what", what.join(" · ")));
    art.appendChild(sentence(s, e.sp, e.trig));
    var extra = ["date_from: " + (e.from || "not recorded")];
    if (e.money) extra.push("money: " + e.money.map(function (v) { return v.toLocaleString("en"); }).join(", "));
    art.appendChild(meta(s, e.sp, extra));
    return art;
  }

  function showMark(m) {
    $$(".m.sel").forEach(function (x) { x.classList.remove("sel"); });
    m.classList.add("sel");
    var i = +m.getAttribute("data-i"), box = $("#tl-evidence");
    box.textContent = "";
    var list = data.bins ? data.bins[i] : [i];
    if (data.bins) {
      box.appendChild(el("h4", "", m.querySelector("title").textContent + " · showing " + list.length + " of " + data.binN[i]));
    }
    list.forEach(function (k) { box.appendChild(eventArticle(k)); });
  }

  function showEdge(i) {
    $$("#net .e.sel, .pairs tr.sel").forEach(function (x) { x.classList.remove("sel"); });
    $$('#net .e[data-i="' + i + '"], .pairs tr[data-i="' + i + '"]').forEach(function (x) { x.classList.add("sel"); });
    var e = data.edges[i], box = $("#net-evidence");
    box.textContent = "";
    var items = e.items.filter(function (it) { return state.doc === "" || String(data.sents[it.s].d) === state.doc; });
    var head = e.a + " – " + e.b + ": " + e.n.toLocaleString("en") + " sentences";
    if (items.length < e.n) head += " · showing " + items.length + (state.doc !== "" ? " of this document" : "");
    box.appendChild(el("h4", "", head));
    items.forEach(function (it) {
      var s = data.sents[it.s], art = el("article");
      var who = it.dir > 0 ? e.a + " → " + e.b : it.dir < 0 ? e.b + " → " + e.a : e.a + " – " + e.b;
      art.appendChild(el("div", "what", who + (it.rel ? " · " + it.rel : "")));
      art.appendChild(sentence(s, it.sp, ""));
      art.appendChild(meta(s, it.sp));
      box.appendChild(art);
    });
  }

  function has(node, attr, v) {
    return (" " + (node.getAttribute(attr) || "") + " ").indexOf(" " + v + " ") >= 0;
  }

  function apply() {
    var shown = 0, marks = $$(".m");
    marks.forEach(function (m) {
      var ok = (!state.actor || has(m, "data-a", state.actor)) && (!state.cat || m.getAttribute("data-c") === state.cat) &&
        (!state.doc || !m.getAttribute("data-d") || m.getAttribute("data-d") === state.doc);
      m.classList.toggle("off", !ok);
      if (ok) shown++;
    });
    $$(".lane").forEach(function (l) { l.classList.toggle("dimlane", !!state.cat && l.getAttribute("data-c") !== state.cat); });
    var live = {};
    $$("#net .e").forEach(function (e) {
      var ok = (!state.actor || has(e, "data-a", state.actor)) && (!state.doc || !e.getAttribute("data-d").trim() || has(e, "data-d", state.doc));
      e.classList.toggle("dim", !ok);
      if (ok) e.getAttribute("data-a").trim().split(" ").forEach(function (a) { live[a] = true; });
    });
    $$("#net .node").forEach(function (n) {
      var a = n.getAttribute("data-a");
      n.classList.toggle("hl", a === state.actor);
      n.classList.toggle("dim", !live[a]);
    });
    $$(".pairs tbody tr").forEach(function (r) { r.classList.toggle("off", !!state.actor && !has(r, "data-a", state.actor)); });
    $$(".figures tbody tr").forEach(function (r) {
      r.classList.toggle("off", (!!state.actor && !has(r, "data-a", state.actor)) || (!!state.doc && r.getAttribute("data-d") !== state.doc));
    });
    $$(".chip").forEach(function (c) { c.classList.toggle("on", c.getAttribute("data-c") === state.cat); });
    $("#f-actor").value = state.actor;
    $("#f-cat").value = state.cat;
    $("#f-doc").value = state.doc;
    $("#f-count").textContent = marks.length ? shown + " of " + marks.length + " timeline marks shown" : "";
  }

  $("#f-actor").addEventListener("change", function (ev) { state.actor = ev.target.value; apply(); });
  $("#f-cat").addEventListener("change", function (ev) { state.cat = ev.target.value; apply(); });
  $("#f-doc").addEventListener("change", function (ev) { state.doc = ev.target.value; apply(); });
  $("#f-clear").addEventListener("click", function () { state = { actor: "", cat: "", doc: "" }; apply(); });
  $$(".chip").forEach(function (c) {
    c.addEventListener("click", function () {
      var v = c.getAttribute("data-c");
      state.cat = state.cat === v ? "" : v;
      apply();
    });
  });
  $$(".m").forEach(function (m) { m.addEventListener("click", function () { showMark(m); }); });
  $$("#net .e, .pairs tbody tr").forEach(function (e) {
    var go = function () { showEdge(+e.getAttribute("data-i")); };
    e.addEventListener("click", go);
    e.addEventListener("keydown", function (ev) { if (ev.key === "Enter") go(); });
  });
  $$("a[data-doc]").forEach(function (a) {
    a.addEventListener("click", function () { state.doc = a.getAttribute("data-doc"); apply(); });
  });

  apply();
  // open the evidence of the earliest mark and of the heaviest pair
  var first = null;
  $$(".m").forEach(function (m) {
    var x = +(m.getAttribute("cx") || m.getAttribute("x"));
    if (first === null || x < first.x) first = { m: m, x: x };
  });
  if (first) showMark(first.m);
  if (data.edges.length) showEdge(0);
})();
