// kobi review pages: the index of documents and the page of one document. The page's data is
// the JSON in <script id="kobi-data">, written by `kobi review` (kobi/corpora/review.cc).
// Review state lives in localStorage under "kobi-review:" + the document's key (a hash of its
// sentences), so it survives a reload and never applies to a re-aligned, changed document.
// Nothing is loaded from the network. window.kobiReview exposes the actions and exports (the
// buttons and keys call the same functions; tests/review/browser_test.py drives them).
(function () {
  'use strict';

  var STORE = 'kobi-review:';
  var TSV_STORE = 'kobi-review-tsv:';
  var data = JSON.parse(document.getElementById('kobi-data').textContent);
  var app = document.getElementById('app');

  // ---- helpers ----
  function el(tag, attrs) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) return;
        if (k === 'text') node.textContent = v;
        else if (k === 'cls') node.className = v;
        else if (k.slice(0, 2) === 'on') node.addEventListener(k.slice(2), v);
        else node.setAttribute(k, v === true ? '' : v);
      });
    }
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined) continue;
      if (Array.isArray(c)) c.forEach(function (x) { if (x) node.appendChild(x); });
      else node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    }
    return node;
  }
  function load(key) {
    try { return JSON.parse(window.localStorage.getItem(key)); } catch (e) { return null; }
  }
  function store(key, value) {
    try { window.localStorage.setItem(key, value); } catch (e) { /* storage full or off */ }
  }
  function fixed(x, n) { return typeof x === 'number' ? x.toFixed(n) : ''; }
  function colour(score) {
    var s = Math.max(0, Math.min(1, score));
    return 'hsl(' + Math.round(s * 120) + ',65%,42%)';
  }
  function download(name, text, type) {
    var blob = new Blob([text], {type: type});
    var a = el('a', {href: URL.createObjectURL(blob), download: name});
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 0);
  }
  function flat(text) { return text.replace(/[\t\r\n]/g, ' '); }

  // ---- document page ----
  function documentPage() {
    var enText = data.en_text, koText = data.ko_text;
    var storeKey = STORE + data.key;
    var beads, selected = 0;
    var view = 'all';

    function fresh() {
      return data.beads.map(function (b, i) { return {en: b.en.slice(), ko: b.ko.slice(), s: '', o: i}; });
    }
    function restore() {
      var saved = load(storeKey);
      beads = saved && Array.isArray(saved.beads) ? saved.beads : fresh();
      selected = saved && typeof saved.selected === 'number' ? saved.selected : 0;
      if (selected >= beads.length) selected = Math.max(0, beads.length - 1);
    }
    function persist() {
      store(storeKey, JSON.stringify({beads: beads, selected: selected, saved: new Date().toISOString()}));
      store(TSV_STORE + data.key, exportTsv());
    }
    function orig(b) { return b.o >= 0 ? data.beads[b.o] : null; }
    function pair(b) { return b.en.length > 0 && b.ko.length > 0; }
    function side(ids, text) { return ids.map(function (i) { return text[i]; }).join(' '); }
    function label(ids) { return ids.join(','); }

    // Exports: the beads as they stand (rejected pairs become deletions, one per sentence),
    // readable by `kobi eval align` as gold; and the accepted pairs as en<TAB>ko.
    function exportBeads() {
      var lines = [];
      beads.forEach(function (b) {
        if (b.s === 'r' && pair(b)) {
          b.en.forEach(function (i) { lines.push('[' + i + ']:[]'); });
          b.ko.forEach(function (k) { lines.push('[]:[' + k + ']'); });
        } else {
          lines.push('[' + label(b.en) + ']:[' + label(b.ko) + ']');
        }
      });
      return lines.length ? lines.join('\n') + '\n' : '';
    }
    function exportTsv() {
      return beads.filter(function (b) { return b.s === 'a' && pair(b); }).map(function (b) {
        return flat(side(b.en, enText)) + '\t' + flat(side(b.ko, koText)) + '\n';
      }).join('');
    }
    function baseName() { return data.page.replace(/^.*\//, '').replace(/\.html$/, ''); }

    // Actions. Each changes the beads, saves, and redraws.
    function changed() { persist(); render(); }
    function select(i) {
      if (!beads.length) return;
      selected = Math.max(0, Math.min(beads.length - 1, i));
      persist();
      render();
      var row = document.getElementById('bead-' + selected);
      if (row && row.scrollIntoView) row.scrollIntoView({block: 'nearest'});
    }
    function visible(b) {
      if (view === 'undecided') return b.s === '';
      if (view === 'low') { var o = orig(b); return pair(b) && (!o || o.score < 0.5); }
      return true;
    }
    function step(delta) {
      for (var i = selected + delta; i >= 0 && i < beads.length; i += delta) {
        if (visible(beads[i])) { select(i); return; }
      }
    }
    function mark(state) {
      var b = beads[selected];
      if (!b) return;
      b.s = b.s === state ? '' : state;
      persist();
      step(1);
      render();
    }
    function merge() {
      var b = beads[selected], n = beads[selected + 1];
      if (!b || !n) return note('no next bead to merge with');
      beads.splice(selected, 2, {en: b.en.concat(n.en), ko: b.ko.concat(n.ko), s: '', o: -1});
      changed();
    }
    function split() {
      var b = beads[selected];
      if (!b || b.en.length + b.ko.length < 2) return note('a bead of one sentence cannot be split');
      var parts;
      if (b.en.length === 1 && b.ko.length === 1) {
        parts = [{en: b.en, ko: []}, {en: [], ko: b.ko}];
      } else {
        parts = [{en: b.en.slice(0, 1), ko: b.ko.slice(0, 1)}, {en: b.en.slice(1), ko: b.ko.slice(1)}];
      }
      beads.splice.apply(beads, [selected, 1].concat(parts.map(function (p) {
        return {en: p.en, ko: p.ko, s: '', o: -1};
      })));
      changed();
    }
    // Moves the boundary between the selected bead and the next one on one side: give = the
    // selected bead's last sentence goes to the next bead; take = the next bead's first comes.
    function boundary(lang, give) {
      var b = beads[selected], n = beads[selected + 1];
      if (!b || !n) return note('no next bead');
      if (give) {
        if (!b[lang].length) return note('nothing to move');
        n[lang].unshift(b[lang].pop());
      } else {
        if (!n[lang].length) return note('the next bead has no ' + (lang === 'en' ? 'English' : 'Korean') + ' sentence');
        b[lang].push(n[lang].shift());
      }
      b.o = n.o = -1;
      b.s = n.s = '';
      var empty = function (x) { return !x.en.length && !x.ko.length; };
      if (empty(n)) beads.splice(selected + 1, 1);
      if (empty(b)) beads.splice(selected, 1);
      if (selected >= beads.length) selected = beads.length - 1;
      changed();
    }
    function reset() {
      beads = fresh();
      selected = 0;
      changed();
    }
    function note(text) {
      var n = document.getElementById('note');
      if (n) n.textContent = text;
    }

    // Text with the evidence items of this side marked (first occurrence, no overlap).
    function highlighted(text, terms) {
      var spans = [];
      terms.forEach(function (t) {
        if (!t) return;
        var at = text.indexOf(t);
        while (at >= 0) {
          var overlaps = spans.some(function (s) { return at < s[1] && s[0] < at + t.length; });
          if (!overlaps) { spans.push([at, at + t.length]); break; }
          at = text.indexOf(t, at + 1);
        }
      });
      spans.sort(function (a, b) { return a[0] - b[0]; });
      var out = [], pos = 0;
      spans.forEach(function (s) {
        out.push(document.createTextNode(text.slice(pos, s[0])));
        out.push(el('mark', {text: text.slice(s[0], s[1])}));
        pos = s[1];
      });
      out.push(document.createTextNode(text.slice(pos)));
      return out;
    }
    function evidenceTerms(o, left) {
      var terms = [];
      if (!o || !o.evidence) return terms;
      Object.keys(o.evidence).forEach(function (k) {
        o.evidence[k].forEach(function (item) {
          var eq = item.indexOf('=');
          terms.push(eq < 0 ? item : left ? item.slice(0, eq) : item.slice(eq + 1));
        });
      });
      return terms;
    }

    var KINDS = {numbers: 'numbers', latin: 'Latin tokens', names: 'names (sound)',
      glossary: 'glossary', dictionary: 'dictionary / lexicon'};
    var RULES = {keep: 'in the corpus', corpus_duplicate: 'dropped: an earlier document gave it',
      duplicate: 'dropped: repeated in this document', unrelated: 'dropped: unrelated pages'};
    function corpusText(c) { return c === undefined ? '' : RULES[c] || 'dropped by rule: ' + c; }

    function evidencePanel() {
      var b = beads[selected];
      var box = el('aside', {id: 'evidence', cls: 'evidence'});
      if (!b) return box;
      var o = orig(b);
      box.appendChild(el('h2', {text: 'Bead ' + (selected + 1) + ' [' + label(b.en) + ']:[' + label(b.ko) + ']'}));
      if (!pair(b)) {
        box.appendChild(el('p', {text: 'Unaligned: ' + (b.en.length ? 'English' : 'Korean') +
          ' sentence(s) without a counterpart. No score.'}));
      } else if (!o) {
        box.appendChild(el('p', {text: 'Edited by the reviewer: no score or evidence.'}));
      } else {
        box.appendChild(el('p', null, 'score ', el('b', {text: fixed(o.score, 3)}),
          o.corpus !== undefined ? ' · ' + corpusText(o.corpus) : ''));
        var kinds = Object.keys(o.evidence || {});
        if (!kinds.length) {
          box.appendChild(el('p', {cls: 'muted', text: 'No anchor matched: length and position only.'}));
        }
        kinds.forEach(function (k) {
          box.appendChild(el('div', {cls: 'kind'}, el('span', {cls: 'kname', text: KINDS[k] || k}),
            o.evidence[k].map(function (item) { return el('code', {text: item.replace('=', ' = ')}); })));
        });
      }
      var status = b.s === 'a' ? 'accepted' : b.s === 'r' ? 'rejected' : 'not decided';
      box.appendChild(el('p', {cls: 'muted', text: 'Review: ' + status}));
      return box;
    }

    function cutRow(cuts) {
      var cell = function (list) {
        if (!list.length) return el('td', {cls: 'tx'});
        var zones = [];
        list.forEach(function (c) { if (zones.indexOf(c.zone) < 0) zones.push(c.zone); });
        return el('td', {cls: 'tx'}, el('details', {cls: 'cut'},
          el('summary', {text: 'cut: ' + zones.join(', ') + ' (' + list.length + ')'}),
          list.map(function (c) {
            return el('div', {cls: 'cutseg'}, el('span', {cls: 'zone', text: c.zone}), ' ' + c.text);
          })));
      };
      return el('tr', {cls: 'cutrow'}, el('td', {cls: 'ix'}), cell(cuts.en), cell(cuts.ko),
        el('td'), el('td'));
    }

    function row(b, i) {
      var o = orig(b);
      var aligned = pair(b);
      var cls = ['bead', aligned ? 'pair' : 'unaligned', b.s === 'a' ? 'accepted' : b.s === 'r' ? 'rejected' : '',
        i === selected ? 'selected' : '', o ? '' : 'edited'].join(' ');
      var scoreCell = aligned && o ? el('td', {cls: 'sc', style: 'background:' + colour(o.score), text: fixed(o.score, 2)})
        : el('td', {cls: 'sc none', text: aligned ? 'edited' : ''});
      var text = function (ids, all, left) {
        if (!ids.length) return el('td', {cls: 'tx'}, el('span', {cls: 'tag', text: 'no counterpart'}));
        return el('td', {cls: 'tx'}, highlighted(side(ids, all), aligned ? evidenceTerms(o, left) : []));
      };
      var dropped = aligned && o && o.corpus !== undefined && o.corpus !== 'keep';
      var buttons = el('td', {cls: 'act'},
        el('button', {cls: 'ok', title: 'accept (a)', text: '\u2713', onclick: function (e) { e.stopPropagation(); selected = i; mark('a'); }}),
        el('button', {cls: 'no', title: 'reject (r)', text: '\u2717', onclick: function (e) { e.stopPropagation(); selected = i; mark('r'); }}),
        dropped ? el('div', {cls: 'tag drop', title: corpusText(o.corpus), text: 'not in corpus: ' + o.corpus}) : null);
      return el('tr', {id: 'bead-' + i, cls: cls, style: 'border-left-color:' + (aligned && o ? colour(o.score) : '#bbb'),
        onclick: function () { select(i); }},
        el('td', {cls: 'ix', text: label(b.en) + ':' + label(b.ko)}),
        text(b.en, enText, true), text(b.ko, koText, false), scoreCell, buttons);
    }

    function render() {
      var counts = {a: 0, r: 0, '': 0};
      beads.forEach(function (b) { counts[b.s]++; });
      var table = el('table', {cls: 'beads'},
        el('thead', null, el('tr', null, el('th', {text: '#'}), el('th', {text: 'English'}),
          el('th', {text: 'Korean'}), el('th', {text: 'score'}), el('th', {text: 'review'}))));
      var body = el('tbody');
      // Furniture: each cut segment sits before the first bead holding the sentence after it.
      var cut = {en: data.cut.en.slice(), ko: data.cut.ko.slice()};
      var flush = function (limit) {
        var run = {en: [], ko: []}, any = false;
        ['en', 'ko'].forEach(function (lang) {
          while (cut[lang].length && cut[lang][0].before <= limit[lang]) {
            run[lang].push(cut[lang].shift());
            any = true;
          }
        });
        if (any) body.appendChild(cutRow(run));
      };
      beads.forEach(function (b, i) {
        flush({en: b.en.length ? b.en[0] : -1, ko: b.ko.length ? b.ko[0] : -1});
        if (visible(b) || i === selected) body.appendChild(row(b, i));
      });
      flush({en: Infinity, ko: Infinity});
      table.appendChild(body);

      var views = el('select', {id: 'view', onchange: function (e) { view = e.target.value; render(); }},
        [['all', 'all beads'], ['undecided', 'not decided'], ['low', 'score below 0.5']].map(function (v) {
          return el('option', {value: v[0], selected: view === v[0]}, v[1]);
        }));
      var nav = el('nav', null,
        el('a', {href: '../index.html', text: '\u2190 index'}), ' ',
        data.prev ? el('a', {href: data.prev, text: 'previous'}) : null, ' ',
        data.next ? el('a', {href: data.next, text: 'next'}) : null);
      var stats = [data.sentences[0] + ' English and ' + data.sentences[1] + ' Korean sentences',
        data.beads.length + ' beads', 'mean score ' + fixed(data.mean_score, 3),
        'coverage ' + fixed(data.coverage, 3)];
      if (data.kept !== undefined) stats.push(data.kept + ' kept (' + data.in_corpus + ' new to the corpus)');
      var header = el('header', null, nav,
        el('h1', null, el('span', {cls: 'verdict v-' + data.verdict, text: data.verdict}), ' ', data.title),
        el('p', {cls: 'muted', text: stats.join(' · ')}),
        data.warnings.length ? el('p', {cls: 'warn', text: 'aligner: ' + data.warnings.join('; ')}) : null,
        el('div', {cls: 'toolbar'},
          el('span', {id: 'counts', text: counts.a + ' accepted · ' + counts.r + ' rejected · ' + counts[''] + ' not decided'}),
          ' show ', views, ' ',
          el('button', {id: 'export-beads', onclick: function () { download(baseName() + '.beads', exportBeads(), 'text/plain'); }, text: 'Export beads (gold)'}),
          el('button', {id: 'export-tsv', onclick: function () { download(baseName() + '.accepted.tsv', exportTsv(), 'text/tab-separated-values'); }, text: 'Export accepted TSV'}),
          el('button', {id: 'reset', onclick: function () { if (window.confirm('Forget the review of this document?')) reset(); }, text: 'Reset'}),
          el('span', {id: 'note', cls: 'note'})),
        el('p', {cls: 'keys', text: 'Keys: j/k or \u2193/\u2191 move · a accept · r reject · m merge with next · ' +
          's split · [ ] move the English boundary with the next bead (give / take) · { } the Korean one · ' +
          'colour: score red 0 \u2192 green 1 · marked text: matched anchors'}));
      app.replaceChildren(header, el('main', null, table, evidencePanel()));
    }

    document.addEventListener('keydown', function (e) {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      var t = e.target && e.target.tagName;
      if (t === 'INPUT' || t === 'SELECT' || t === 'TEXTAREA') return;
      var actions = {
        j: function () { step(1); }, ArrowDown: function () { step(1); },
        k: function () { step(-1); }, ArrowUp: function () { step(-1); },
        a: function () { mark('a'); }, r: function () { mark('r'); }, u: function () { mark(''); },
        m: merge, s: split,
        '[': function () { boundary('en', true); }, ']': function () { boundary('en', false); },
        '{': function () { boundary('ko', true); }, '}': function () { boundary('ko', false); }
      };
      var f = actions[e.key];
      if (f) { e.preventDefault(); f(); }
    });

    restore();
    render();
    window.kobiReview = {
      exportBeads: exportBeads, exportTsv: exportTsv, select: select, mark: mark, merge: merge,
      split: split, boundary: boundary, reset: reset,
      state: function () { return {beads: beads, selected: selected}; }
    };
  }

  // ---- index page ----
  function indexPage() {
    var docs = data.documents;
    var sortKey = 'id', ascending = true, filter = '', verdict = 'all';
    var columns = [['id', '#'], ['en', 'English'], ['ko', 'Korean'], ['verdict', 'verdict'],
      ['kept', 'kept'], ['beads', 'beads'], ['mean_score', 'mean score'], ['coverage', 'coverage'],
      ['reviewed', 'reviewed']];
    function reviewed(d) {
      if (!d.key) return -1;
      var saved = load(STORE + d.key);
      if (!saved || !Array.isArray(saved.beads) || !saved.beads.length) return 0;
      return saved.beads.filter(function (b) { return b.s; }).length / saved.beads.length;
    }
    docs.forEach(function (d) { d.reviewed = reviewed(d); });
    function value(d, k) {
      var v = d[k];
      return v === undefined || v === null ? -1 : v;
    }
    function rows() {
      var list = docs.filter(function (d) {
        if (verdict !== 'all' && d.verdict !== verdict) return false;
        if (!filter) return true;
        return (d.en + '\t' + d.ko).toLowerCase().indexOf(filter.toLowerCase()) >= 0;
      });
      list.sort(function (a, b) {
        var x = value(a, sortKey), y = value(b, sortKey);
        var c = typeof x === 'string' || typeof y === 'string' ? String(x).localeCompare(String(y)) : x - y;
        if (c === 0) c = a.id - b.id;
        return ascending ? c : -c;
      });
      return list;
    }
    // The accepted pairs of every document, in document order (each page stores its own).
    function allTsv() {
      return docs.map(function (d) {
        return d.key ? window.localStorage.getItem(TSV_STORE + d.key) || '' : '';
      }).join('');
    }
    function exportAll() { download('accepted.tsv', allTsv(), 'text/tab-separated-values'); }
    function render() {
      var head = el('tr', null, columns.map(function (c) {
        var arrow = sortKey === c[0] ? (ascending ? ' \u25b2' : ' \u25bc') : '';
        return el('th', {cls: 'sortable', 'data-key': c[0], text: c[1] + arrow, onclick: function () {
          if (sortKey === c[0]) ascending = !ascending; else { sortKey = c[0]; ascending = true; }
          render();
        }});
      }));
      var body = el('tbody', null, rows().map(function (d) {
        var link = function (text) { return d.page ? el('a', {href: d.page, text: text}) : text; };
        return el('tr', {cls: 'doc v-' + d.verdict},
          el('td', {cls: 'ix', text: String(d.id)}), el('td', null, link(d.en)), el('td', null, link(d.ko)),
          el('td', null, el('span', {cls: 'verdict v-' + d.verdict, text: d.verdict, title: d.skip_reason || null})),
          el('td', {cls: 'num', text: d.kept === undefined ? '' : String(d.kept)}),
          el('td', {cls: 'num', text: d.beads === undefined ? '' : String(d.beads)}),
          el('td', {cls: 'num'}, d.mean_score === undefined ? '' : el('span', {cls: 'pill', style: 'background:' + colour(d.mean_score), text: fixed(d.mean_score, 3)})),
          el('td', {cls: 'num', text: fixed(d.coverage, 3)}),
          el('td', {cls: 'num', text: d.reviewed < 0 ? '' : Math.round(d.reviewed * 100) + '%'}));
      }));
      var counts = {};
      docs.forEach(function (d) { counts[d.verdict] = (counts[d.verdict] || 0) + 1; });
      var summary = docs.length + ' document pairs: ' + Object.keys(counts).map(function (k) {
        return counts[k] + ' ' + k;
      }).join(', ') + (data.kept !== undefined ? ' · ' + data.kept + ' pairs in the corpus' : '');
      var verdicts = el('select', {id: 'verdict', onchange: function (e) { verdict = e.target.value; render(); }},
        ['all', 'ok', 'unrelated', 'skipped'].map(function (v) {
          return el('option', {value: v, selected: verdict === v}, v === 'all' ? 'every verdict' : v);
        }));
      var search = el('input', {id: 'filter', type: 'search', placeholder: 'filter by path', value: filter,
        oninput: function (e) { filter = e.target.value; renderBody(); }});
      function renderBody() {
        var keep = document.activeElement === search;
        render();
        if (keep) { var f = document.getElementById('filter'); f.focus(); f.setSelectionRange(filter.length, filter.length); }
      }
      app.replaceChildren(
        el('header', null, el('h1', {text: 'kobi review'}),
          el('p', {cls: 'muted', text: (data.kind === 'corpus' ? 'corpus build ' : 'align --batch list ') + data.source}),
          el('p', {text: summary}),
          data.warnings.length ? el('ul', {cls: 'warn'}, data.warnings.map(function (w) { return el('li', {text: w}); })) : null,
          el('div', {cls: 'toolbar'}, search, ' ', verdicts, ' ',
            el('button', {id: 'export-all', onclick: exportAll, text: 'Export accepted pairs of all documents (TSV)'}))),
        el('main', null, el('table', {cls: 'docs'}, el('thead', null, head), body)),
        el('footer', {cls: 'muted', text: 'kobi ' + data.version + ' · click a column to sort · open a document to review it'}));
    }
    // Keys: j/k (or arrows) move the highlighted row, Enter opens its document.
    var current = -1;
    function highlight(delta) {
      var trs = document.querySelectorAll('tr.doc');
      if (!trs.length) return;
      current = Math.max(0, Math.min(trs.length - 1, current + delta));
      trs.forEach(function (tr, i) { tr.classList.toggle('current', i === current); });
      if (trs[current].scrollIntoView) trs[current].scrollIntoView({block: 'nearest'});
    }
    document.addEventListener('keydown', function (e) {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      var t = e.target && e.target.tagName;
      if (t === 'INPUT' || t === 'SELECT' || t === 'TEXTAREA') return;
      if (e.key === 'j' || e.key === 'ArrowDown') { e.preventDefault(); highlight(1); }
      else if (e.key === 'k' || e.key === 'ArrowUp') { e.preventDefault(); highlight(-1); }
      else if (e.key === 'Enter' && current >= 0) {
        var a = document.querySelectorAll('tr.doc')[current].querySelector('a');
        if (a) window.location.href = a.getAttribute('href');
      }
    });
    render();
    window.kobiReview = {
      rows: function () { return rows().map(function (d) { return d.id; }); },
      sort: function (k, asc) { sortKey = k; ascending = asc; render(); },
      filter: function (text, v) { filter = text || ''; verdict = v || 'all'; render(); },
      exportAll: allTsv
    };
  }

  if (data.kind === 'document') documentPage(); else indexPage();
})();
