#!/usr/bin/python3
"""Drives `kobi review` pages in headless Chromium (ctest label `browser`).

Builds a small corpus from fixtures written for kobi (samples/herald_*.txt and
tests/data/corpora/docs/), writes its review pages, then loads them in Chromium through the
DevTools protocol over --remote-debugging-pipe (standard library only; nothing is downloaded)
and checks: no script errors or failed loads; the index lists, sorts and filters the documents;
a document page shows beads, evidence, unaligned rows without a score and collapsed furniture
with its zone; keyboard review actions (accept, reject, merge, split, boundary moves) change
the exported beads and TSV as expected; the state survives a reload; the download buttons
write the files; the exported beads file is read by `kobi eval align` as gold.

Usage: browser_test.py KOBI REPO_DIR [--screenshots DIR]
Exits 77 (ctest SKIP_RETURN_CODE) when no Chromium is installed.
"""
import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time

SKIP = 77


class Browser:
    """A minimal DevTools protocol client over Chromium's --remote-debugging-pipe."""

    def __init__(self, chromium, profile):
        to_child_r, self._to_child = os.pipe()
        self._from_child, from_child_w = os.pipe()

        def setup():  # in the child: the pipe ends become fds 3 and 4, inheritable
            a = fcntl.fcntl(to_child_r, fcntl.F_DUPFD, 10)
            b = fcntl.fcntl(from_child_w, fcntl.F_DUPFD, 10)
            os.dup2(a, 3)
            os.dup2(b, 4)

        self.proc = subprocess.Popen(
            [chromium, '--headless', '--remote-debugging-pipe', '--no-sandbox', '--disable-gpu',
             '--no-first-run', '--no-default-browser-check', '--disable-extensions',
             '--disable-background-networking', '--disable-sync', '--hide-scrollbars',
             '--user-data-dir=' + profile, '--allow-file-access-from-files', 'about:blank'],
            preexec_fn=setup, close_fds=False, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        os.close(to_child_r)
        os.close(from_child_w)
        self._buffer = b''
        self._next_id = 0
        self.events = []
        self.session = None

    def _read_message(self, deadline):
        while b'\0' not in self._buffer:
            left = deadline - time.time()
            if left <= 0 or not select.select([self._from_child], [], [], left)[0]:
                raise TimeoutError('no answer from Chromium')
            chunk = os.read(self._from_child, 1 << 16)
            if not chunk:
                raise RuntimeError('Chromium closed the pipe')
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b'\0', 1)
        return json.loads(message)

    def send(self, method, params=None, session=True, timeout=60):
        self._next_id += 1
        message = {'id': self._next_id, 'method': method, 'params': params or {}}
        if session and self.session:
            message['sessionId'] = self.session
        os.write(self._to_child, json.dumps(message).encode() + b'\0')
        deadline = time.time() + timeout
        while True:
            reply = self._read_message(deadline)
            if reply.get('id') == self._next_id:
                if 'error' in reply:
                    raise RuntimeError(method + ': ' + json.dumps(reply['error']))
                return reply.get('result', {})
            self.events.append(reply)

    def wait_event(self, method, timeout=60):
        deadline = time.time() + timeout
        for i, e in enumerate(self.events):
            if e.get('method') == method:
                del self.events[i]
                return e
        while True:
            e = self._read_message(deadline)
            if e.get('method') == method:
                return e
            self.events.append(e)

    def open_page(self):
        target = self.send('Target.createTarget', {'url': 'about:blank'}, session=False)
        attached = self.send('Target.attachToTarget',
                             {'targetId': target['targetId'], 'flatten': True}, session=False)
        self.session = attached['sessionId']
        for domain in ('Page', 'Runtime', 'Log', 'Network'):
            self.send(domain + '.enable')
        self.send('Emulation.setDeviceMetricsOverride',
                  {'width': 1280, 'height': 860, 'deviceScaleFactor': 1, 'mobile': False})

    def goto(self, url):
        self.events = [e for e in self.events if e.get('method') != 'Page.loadEventFired']
        self.send('Page.navigate', {'url': url})
        self.wait_event('Page.loadEventFired')

    def reload(self):
        self.events = [e for e in self.events if e.get('method') != 'Page.loadEventFired']
        self.send('Page.reload')
        self.wait_event('Page.loadEventFired')

    def eval(self, expression):
        r = self.send('Runtime.evaluate', {'expression': expression, 'returnByValue': True,
                                           'awaitPromise': True})
        if 'exceptionDetails' in r:
            raise AssertionError('script error in ' + expression + ': ' +
                                 json.dumps(r['exceptionDetails'])[:500])
        return r['result'].get('value')

    def key(self, key):
        params = {'key': key, 'text': key if len(key) == 1 else ''}
        self.send('Input.dispatchKeyEvent', dict(params, type='keyDown'))
        self.send('Input.dispatchKeyEvent', {'type': 'keyUp', 'key': key})

    def errors(self):
        """Script errors and failed loads seen so far."""
        found = []
        for e in self.events:
            m, p = e.get('method'), e.get('params', {})
            if m == 'Runtime.exceptionThrown':
                found.append('exception: ' + json.dumps(p.get('exceptionDetails', {}))[:300])
            elif m == 'Runtime.consoleAPICalled' and p.get('type') == 'error':
                found.append('console.error: ' + json.dumps(p.get('args'))[:300])
            elif m == 'Log.entryAdded' and p.get('entry', {}).get('level') == 'error':
                found.append('log: ' + p['entry'].get('text', ''))
            elif m == 'Network.loadingFailed' and not p.get('canceled'):
                found.append('load failed: ' + p.get('errorText', ''))
            elif m == 'Network.requestWillBeSent':
                url = p.get('request', {}).get('url', '')
                if not url.startswith(('file:', 'data:', 'blob:', 'about:')):
                    found.append('network request: ' + url)
        return found

    def screenshot(self, path):
        png = self.send('Page.captureScreenshot', {'format': 'png'})['data']
        with open(path, 'wb') as f:
            f.write(base64.b64decode(png))

    def close(self):
        try:
            self.send('Browser.close', session=False, timeout=5)
        except Exception:  # noqa: BLE001 - closing anyway
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def page_data(path):
    with open(path, encoding='utf-8') as f:
        html = f.read()
    start = html.index('<script id="kobi-data" type="application/json">')
    start = html.index('>', start) + 1
    end = html.index('</script>', start)
    return json.loads(html[start:end])


def bead_line(en, ko):
    return '[%s]:[%s]' % (','.join(map(str, en)), ','.join(map(str, ko)))


def main():
    args = sys.argv[1:]
    shots = None
    if '--screenshots' in args:
        i = args.index('--screenshots')
        shots = args[i + 1]
        del args[i:i + 2]
    kobi, repo = args
    chromium = os.environ.get('KOBI_CHROMIUM') or shutil.which('chromium') or shutil.which(
        'chromium-browser')
    if not chromium:
        print('SKIP: no chromium (scripts/setup.sh installs it)')
        return SKIP
    tmp = tempfile.mkdtemp(prefix='kobi-review-')
    browser = None
    try:
        docs = os.path.join(repo, 'tests', 'data', 'corpora', 'docs')
        samples = os.path.join(repo, 'samples')
        manifest = os.path.join(tmp, 'manifest.tsv')
        with open(manifest, 'w', encoding='utf-8') as f:
            f.write('%s/herald_en.txt\t%s/herald_ko.txt\n' % (samples, samples))
            f.write('%s/a.en.txt\t%s/a.ko.txt\n' % (docs, docs))
            f.write('%s/a.en.txt\t%s/b.ko.txt\n' % (docs, docs))  # unrelated on purpose
            f.write('%s/missing.en.txt\t%s/b.ko.txt\n' % (docs, docs))  # skipped
            f.write('%s/b.en.txt\t%s/b.ko.txt\n' % (docs, docs))
        corpus, review = os.path.join(tmp, 'corpus'), os.path.join(tmp, 'review')
        subprocess.run([kobi, 'corpus', 'build', manifest, '-o', corpus, '-q', '--skip-bad'],
                       check=True, stderr=subprocess.DEVNULL)
        r = subprocess.run([kobi, 'review', corpus, '-o', review, '-q'], check=True,
                           stderr=subprocess.PIPE, text=True)
        check('warning' not in r.stderr, 'review warned: ' + r.stderr)
        index = page_data(os.path.join(review, 'index.html'))
        check([d['verdict'] for d in index['documents']] ==
              ['ok', 'ok', 'unrelated', 'skipped', 'ok'], 'verdicts: %s' % index['documents'])
        doc = page_data(os.path.join(review, 'doc', '0001.html'))

        browser = Browser(chromium, os.path.join(tmp, 'profile'))
        browser.open_page()
        dl = os.path.join(tmp, 'downloads')
        os.makedirs(dl)
        browser.send('Browser.setDownloadBehavior',
                     {'behavior': 'allowAndName', 'downloadPath': dl, 'eventsEnabled': True},
                     session=False)

        # Index: rows, sorting, filtering.
        browser.goto('file://' + review + '/index.html')
        check(browser.eval("document.querySelectorAll('tr.doc').length") == 5, 'index rows')
        check(browser.eval("document.querySelectorAll('tr.doc a').length") == 8,
              'links to the four aligned documents (both paths)')
        browser.eval("document.querySelector('th[data-key=coverage]').click()")
        order = browser.eval('kobiReview.rows()')
        coverage = {d['id']: d.get('coverage', -1) for d in index['documents']}
        check(order == sorted(order, key=lambda i: (coverage[i], i)), 'sorted by coverage: %s' % order)
        browser.eval("var s = document.getElementById('verdict'); s.value = 'unrelated';"
                     "s.dispatchEvent(new Event('change'))")
        check(browser.eval('kobiReview.rows()') == [3], 'filter by verdict')
        browser.eval("kobiReview.filter('herald', 'all')")
        check(browser.eval('kobiReview.rows()') == [1], 'filter by path')
        browser.eval("kobiReview.filter('', 'all'); kobiReview.sort('id', true)")
        if shots:
            browser.screenshot(os.path.join(shots, 'review_index.png'))
        # Keys: j j Enter opens the second document.
        browser.key('j')
        browser.key('j')
        browser.events = [e for e in browser.events if e.get('method') != 'Page.loadEventFired']
        browser.key('Enter')
        browser.wait_event('Page.loadEventFired')
        check(browser.eval('location.pathname').endswith('/doc/0002.html'), 'Enter opens a document')

        # Document page: beads, evidence, unaligned rows, furniture.
        browser.goto('file://' + review + '/doc/0001.html')
        beads = doc['beads']
        check(browser.eval("document.querySelectorAll('tr.bead').length") == len(beads), 'bead rows')
        unaligned = [i for i, b in enumerate(beads) if not b['en'] or not b['ko']]
        check(unaligned, 'the sample has unaligned sentences')
        for i in unaligned:
            text = browser.eval("document.querySelector('#bead-%d td.sc').textContent" % i)
            check(text == '', 'unaligned row %d shows a score: %r' % (i, text))
        cuts = len(doc['cut']['en']) + len(doc['cut']['ko'])
        check(cuts > 0, 'the sample has furniture')
        check(browser.eval("document.querySelectorAll('details.cut .cutseg').length") == cuts,
              'every cut segment is shown')
        check(browser.eval("[...document.querySelectorAll('details.cut')].every(d => !d.open)"),
              'furniture collapsed')
        zones = browser.eval("[...document.querySelectorAll('details.cut .zone')].map(z => z.textContent)")
        check(sorted(zones) == sorted(c['zone'] for s in ('en', 'ko') for c in doc['cut'][s]),
              'zones shown')
        with_evidence = [i for i, b in enumerate(beads) if b.get('evidence')]
        check(with_evidence, 'some bead has evidence')
        i = with_evidence[0]
        browser.eval("document.getElementById('bead-%d').click()" % i)
        panel = browser.eval("document.getElementById('evidence').textContent")
        kind, items = next(iter(beads[i]['evidence'].items()))
        check(items[0].replace('=', ' = ') in panel, 'evidence panel shows %s: %s' % (items[0], panel))
        check(browser.eval("document.querySelectorAll('#bead-%d mark').length" % i) > 0,
              'anchors marked')

        # The "score below 0.5" view shows only those pairs (and the selected bead).
        browser.eval("var v = document.getElementById('view'); v.value = 'low';"
                     "v.dispatchEvent(new Event('change'))")
        low = [i for i, b in enumerate(beads) if b['en'] and b['ko'] and b['score'] < 0.5]
        shown = browser.eval("[...document.querySelectorAll('tr.bead')].map(r => +r.id.slice(5))")
        check(sorted(set(shown) - {0}) == [i for i in low if i != 0], 'low view: %s' % shown)
        browser.eval("var v = document.getElementById('view'); v.value = 'all';"
                     "v.dispatchEvent(new Event('change'))")

        # Review actions with the keyboard, from the first bead.
        original = [bead_line(b['en'], b['ko']) for b in beads]
        check(browser.eval('kobiReview.exportBeads()') == '\n'.join(original) + '\n',
              'export before review = the alignment')
        pairs = [i for i, b in enumerate(beads) if b['en'] and b['ko']]
        browser.eval('kobiReview.select(%d)' % pairs[0])
        browser.key('a')  # accept, move on
        browser.eval('kobiReview.select(%d)' % pairs[1])
        browser.key('r')  # reject, move on
        third = pairs[2]
        browser.eval('kobiReview.select(%d)' % third)
        browser.key('m')  # merge with the next bead
        nxt = beads[third + 1]
        merged = (beads[third]['en'] + nxt['en'], beads[third]['ko'] + nxt['ko'])
        expected = list(original)
        b1 = beads[pairs[1]]
        expected[third:third + 2] = [bead_line(*merged)]
        expected[pairs[1]:pairs[1] + 1] = ([bead_line([e], []) for e in b1['en']] +
                                           [bead_line([], [k]) for k in b1['ko']])
        got = browser.eval('kobiReview.exportBeads()').splitlines()
        check(got == expected, 'after accept/reject/merge:\n%s\nexpected\n%s' % (got, expected))
        # Split the merged bead back (first sentence of each side, then the rest) and move the
        # English boundary: the merged bead gives its last English sentence to the next bead.
        browser.key('s')
        state = browser.eval('kobiReview.state()')
        sel = state['selected']
        check(state['beads'][sel]['en'] == merged[0][:1] and state['beads'][sel]['ko'] == merged[1][:1],
              'split keeps the first sentence of each side: %s' % state['beads'][sel])
        browser.key('m')
        browser.key('[')
        state = browser.eval('kobiReview.state()')
        check(state['beads'][sel]['en'] == merged[0][:-1] and
              state['beads'][sel + 1]['en'][0] == merged[0][-1], 'boundary moved')
        browser.key(']')
        state = browser.eval('kobiReview.state()')
        check(state['beads'][sel]['en'] == merged[0], 'boundary moved back')
        before_reload = browser.eval('kobiReview.exportBeads()')
        tsv = browser.eval('kobiReview.exportTsv()')
        b0 = beads[pairs[0]]
        want_tsv = '%s\t%s\n' % (' '.join(doc['en_text'][e] for e in b0['en']),
                                 ' '.join(doc['ko_text'][k] for k in b0['ko']))
        check(tsv == want_tsv, 'accepted TSV: %r, expected %r' % (tsv, want_tsv))

        # The state survives a reload.
        browser.reload()
        check(browser.eval('kobiReview.exportBeads()') == before_reload, 'state after reload')
        counts = browser.eval("document.getElementById('counts').textContent")
        check(counts.startswith('1 accepted · 1 rejected'), 'counts after reload: ' + counts)

        if shots:  # after the review: accepted, rejected and edited rows, evidence panel
            browser.eval('kobiReview.select(%d); window.scrollTo(0, 0)' % pairs[0])
            browser.screenshot(os.path.join(shots, 'review_document.png'))

        # The download buttons write the files.
        browser.eval("document.getElementById('export-beads').click()")
        browser.eval("document.getElementById('export-tsv').click()")
        names = {}
        deadline = time.time() + 20
        while len(names) < 2 and time.time() < deadline:
            e = browser.wait_event('Browser.downloadWillBegin')
            names[e['params']['guid']] = e['params']['suggestedFilename']
        done = 0
        while done < 2:
            e = browser.wait_event('Browser.downloadProgress')
            if e['params']['state'] == 'completed':
                done += 1
        check(sorted(names.values()) == ['0001.accepted.tsv', '0001.beads'], 'downloads %s' % names)
        saved = {}
        for guid, name in names.items():
            with open(os.path.join(dl, guid), encoding='utf-8') as f:
                saved[name] = f.read()
        check(saved['0001.beads'] == before_reload, 'downloaded beads')
        check(saved['0001.accepted.tsv'] == want_tsv, 'downloaded TSV')

        # The exported beads are gold for `kobi eval align`.
        gold = os.path.join(tmp, 'gold.beads')
        test = os.path.join(tmp, 'test.beads')
        with open(gold, 'w', encoding='utf-8') as f:
            f.write(saved['0001.beads'])
        with open(test, 'w', encoding='utf-8') as f:
            f.write('\n'.join(original) + '\n')
        r = subprocess.run([kobi, 'eval', 'align', gold, gold], capture_output=True, text=True)
        check(r.returncode == 0 and '1.000' in r.stdout, 'eval align gold gold: ' + r.stdout + r.stderr)
        r = subprocess.run([kobi, 'eval', 'align', gold, test], capture_output=True, text=True)
        check(r.returncode == 0, 'eval align gold test: ' + r.stderr)

        # The index shows the progress and exports the accepted pairs of every document.
        browser.goto('file://' + review + '/index.html')
        check(browser.eval('kobiReview.exportAll()') == want_tsv, 'index export')
        reviewed = browser.eval("document.querySelector('tr.doc td:last-child').textContent")
        check(reviewed.endswith('%') and reviewed != '0%', 'reviewed column: ' + reviewed)
        errors = browser.errors()
        check(not errors, 'browser errors:\n' + '\n'.join(errors))
        print('ok: index and document pages, actions, exports, reload, downloads')
        return 0
    finally:
        if browser:
            browser.close()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == '__main__':
    sys.exit(main())
