// Ragbook's page: sign in with an API token, send a return, read its result, find past ones.
// Everything it shows comes from the HTTP API with the same token a script would use. Text from
// the server goes into the page through textContent only: a file or sheet name is never markup.
'use strict';

(function () {
  const TOKEN_KEY = 'ragbook.token';
  const FINISHED = ['annotated', 'awaiting confirmation', 'withdrawn', 'rejected', 'failed'];
  // The statuses with a report to show: awaiting confirmation and withdrawn returns were annotated too.
  const ASSESSED = ['annotated', 'awaiting confirmation', 'withdrawn'];
  const POLL_MS = 1000;
  const PAGE_SIZE = 20;
  // The roles the server gives the lead's pack to; it refuses a submitter, so the page offers them none.
  const PACK_ROLES = ['lead', 'admin'];

  const $ = (id) => document.getElementById(id);

  const state = {
    page: 1,
    // Bumped whenever a new result is asked for, so an older poll stops instead of overwriting it.
    generation: 0,
  };

  /** Thrown after a 401 has already sent the user back to the sign-in form. */
  class SignedOut extends Error {}

  // ---- talking to the server ------------------------------------------------------------------

  function token() {
    return sessionStorage.getItem(TOKEN_KEY);
  }

  function authorization() {
    const t = token();
    return t ? { Authorization: 'Bearer ' + t } : {};
  }

  async function api(path) {
    const response = await fetch(path, { headers: { Accept: 'application/json', ...authorization() } });
    if (response.status === 401) {
      signedOut('The server did not accept your token: it may have been withdrawn. Sign in again.');
      throw new SignedOut();
    }
    return response;
  }

  /** What a problem+json answer says went wrong, or the HTTP status when it says nothing. */
  function problemText(body, status) {
    if (body && (body.detail || body.title)) {
      return body.detail || body.title;
    }
    return 'The server answered ' + status + '. Try again, or tell your administrator.';
  }

  async function failure(response) {
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      // not JSON: fall back to the status alone
    }
    return problemText(body, response.status);
  }

  function delay(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  // ---- messages ------------------------------------------------------------------------------

  function say(text) {
    $('status').textContent = text;
  }

  function alarm(text) {
    $('alert').textContent = text;
    $('alert').hidden = !text;
  }

  /** Runs an event handler, showing its error rather than losing it in the console. */
  function guarded(handler) {
    return (...args) => handler(...args).catch((e) => {
      if (!(e instanceof SignedOut)) {
        alarm(e.message);
      }
    });
  }

  // ---- signing in ----------------------------------------------------------------------------

  function showAccount(me) {
    $('account-name').textContent = 'Signed in as ' + me.name + ' (' + me.organisation + ', ' + me.role + ')';
    $('account').hidden = false;
  }

  function signedOut(message) {
    sessionStorage.removeItem(TOKEN_KEY);
    state.generation++;
    $('account').hidden = true;
    $('app').hidden = true;
    $('result').hidden = true;
    $('sign-in').hidden = false;
    alarm(message);
    $('token').value = '';
    $('token').focus();
  }

  /** Who the token belongs to; a missing or unknown token is 401. */
  async function whoAmI() {
    const response = await fetch('/api/me', { headers: { Accept: 'application/json', ...authorization() } });
    if (response.ok) {
      return { signedIn: true, me: await response.json() };
    }
    if (response.status === 401) {
      return { signedIn: false };
    }
    throw new Error(await failure(response));
  }

  async function enter(me) {
    showAccount(me);
    $('sign-in').hidden = true;
    $('app').hidden = false;
    $('pack').hidden = !PACK_ROLES.includes(me.role);
    await Promise.all([loadSchemas(), loadHistory()]);
    await openLinked();
  }

  /** A link from a mail reply, /?submission=ID, opens that submission once signed in. */
  async function openLinked() {
    const id = new URLSearchParams(window.location.search).get('submission');
    if (id && /^[0-9a-f-]{36}$/.test(id)) {
      await open('/api/returns/' + id);
    }
  }

  async function signIn(event) {
    event.preventDefault();
    alarm('');
    sessionStorage.setItem(TOKEN_KEY, $('token').value.trim());
    const answer = await whoAmI();
    if (!answer.signedIn) {
      signedOut('That token was not accepted. Check that you pasted all of it, starting rb_.');
      return;
    }
    $('token').value = '';
    await enter(answer.me);
    say(answer.me ? 'Signed in as ' + answer.me.name + '.' : 'Signed in.');
    $('file').focus();
  }

  function signOut() {
    signedOut('');
    say('You have signed out. The token is no longer kept in this tab.');
  }

  // ---- schemas and templates -----------------------------------------------------------------

  async function loadSchemas() {
    const response = await api('/api/schemas');
    if (!response.ok) {
      alarm(await failure(response));
      return;
    }
    const schemas = await response.json();
    for (const select of [$('schema'), $('filter-schema')]) {
      while (select.options.length > 1) {
        select.remove(1);
      }
      for (const schema of schemas) {
        select.add(new Option(schema.title + ' (' + schema.id + ')', schema.id));
      }
    }
    $('pack-schema').replaceChildren(...schemas.map((schema) => new Option(schema.title + ' (' + schema.id + ')',
      schema.id)));
    const list = $('templates');
    list.replaceChildren(...schemas.map((schema) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'link';
      button.textContent = 'Template for ' + schema.title;
      button.addEventListener('click', guarded(() => download(
          '/api/schemas/' + encodeURIComponent(schema.id) + '/template.xlsx', schema.id + '-template.xlsx')));
      const item = document.createElement('li');
      item.append(button);
      return item;
    }));
  }

  // ---- downloads -----------------------------------------------------------------------------

  /** The file name the server gave, preferring the exact UTF-8 form (RFC 6266) to the ASCII one. */
  function dispositionName(disposition) {
    if (!disposition) {
      return null;
    }
    const exact = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
    if (exact) {
      try {
        return decodeURIComponent(exact[1]);
      } catch (e) {
        // a malformed escape: the plain name below is still there
      }
    }
    const plain = /filename="([^"]*)"/i.exec(disposition);
    return plain ? plain[1] : null;
  }

  /**
   * A link cannot carry the Authorization header, so the file is fetched here and handed to the
   * browser as a Blob URL under the server's name for it.
   */
  async function download(path, fallbackName) {
    const response = await api(path);
    if (!response.ok) {
      alarm(await failure(response));
      return;
    }
    const name = dispositionName(response.headers.get('Content-Disposition')) || fallbackName;
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    say('Downloaded ' + name + '.');
  }

  // ---- the lead's pack -----------------------------------------------------------------------

  /** The pack of the chosen schema as a workbook ('xlsx') or its annotated workbooks ('zip'), within the dates given. */
  function downloadPack(kind) {
    return async (event) => {
      event.preventDefault();
      const schema = $('pack-schema').value;
      const query = new URLSearchParams();
      for (const name of ['from', 'to']) {
        const day = $('pack-' + name).value;
        if (day) {
          query.set(name, day);
        }
      }
      const dates = query.toString();
      await download('/api/schemas/' + encodeURIComponent(schema) + '/pack.' + kind + (dates ? '?' + dates : ''),
          schema + '-pack.' + kind);
    };
  }

  // ---- sending a return ----------------------------------------------------------------------

  function chosenFile() {
    const file = $('file').files[0];
    $('chosen').textContent = file ? 'Chosen: ' + file.name : '';
    if (file) {
      say(file.name + ' chosen. Press Send return to check it.');
    }
  }

  function dropZone() {
    const zone = $('drop-zone');
    zone.addEventListener('dragover', (event) => {
      event.preventDefault();
      zone.classList.add('over');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('over'));
    zone.addEventListener('drop', (event) => {
      event.preventDefault();
      zone.classList.remove('over');
      if (event.dataTransfer.files.length > 0) {
        $('file').files = event.dataTransfer.files;
        chosenFile();
        $('send').focus();
      }
    });
    // A file dropped beside the zone would otherwise make the browser leave the page to show it.
    for (const type of ['dragover', 'drop']) {
      document.addEventListener(type, (event) => event.preventDefault());
    }
  }

  /** Posts the form with XMLHttpRequest, which, unlike fetch, reports upload progress. */
  function post(file, schema) {
    return new Promise((resolve, reject) => {
      const form = new FormData();
      form.append('file', file);
      if (schema) {
        form.append('schema', schema);
      }
      form.append('channel', 'web');
      const request = new XMLHttpRequest();
      request.open('POST', '/api/returns');
      request.responseType = 'json';
      request.setRequestHeader('Accept', 'application/json');
      for (const [name, value] of Object.entries(authorization())) {
        request.setRequestHeader(name, value);
      }
      const bar = $('upload-progress');
      request.upload.onprogress = (event) => {
        if (event.lengthComputable) {
          bar.max = event.total;
          bar.value = event.loaded;
        }
      };
      request.onload = () => resolve({
        status: request.status,
        body: request.response,
        location: request.getResponseHeader('Location'),
      });
      request.onerror = () => reject(new Error('The upload did not reach the server. Check the connection and'
          + ' try again.'));
      request.send(form);
    });
  }

  async function send(event) {
    event.preventDefault();
    const file = $('file').files[0];
    if (!file) {
      alarm('Choose a workbook or CSV file first.');
      $('file').focus();
      return;
    }
    alarm('');
    const generation = ++state.generation;
    $('send').disabled = true;
    $('upload-progress').removeAttribute('value');
    $('upload-progress-row').hidden = false;
    $('processing-progress-row').hidden = true;
    say('Sending ' + file.name + '…');
    try {
      const answer = await post(file, $('schema').value);
      if (answer.status === 401) {
        signedOut('The server did not accept your token: it may have been withdrawn. Sign in again.');
        return;
      }
      if (answer.status === 202) {
        say(file.name + ' received. Large returns are checked in the background; this page follows it.');
        await follow(answer.location || answer.body.links.self, generation);
      } else if (answer.status === 200 || answer.status === 201) {
        if (answer.status === 200) {
          say('This file was sent before; here is its result.');
        }
        showResult(answer.body);
        reveal();
      } else {
        alarm(problemText(answer.body, answer.status));
        say('');
      }
    } finally {
      $('send').disabled = false;
      $('upload-progress-row').hidden = true;
    }
  }

  function finished(submission) {
    return FINISHED.includes(submission.status);
  }

  function showProgress(progress) {
    const bar = $('processing-progress');
    const read = progress ? progress.rowsRead : 0;
    const total = progress ? progress.rowsTotal : 0;
    if (total > 0) {
      bar.max = total;
      bar.value = read;
      $('processing-text').textContent = read.toLocaleString('en-GB') + ' of ' + total.toLocaleString('en-GB')
          + ' rows';
    } else {
      bar.removeAttribute('value');
      $('processing-text').textContent = 'waiting to start';
    }
    $('processing-progress-row').hidden = false;
  }

  /** Asks after a submission until it is finished, unless the user has moved on to another. */
  async function follow(self, generation) {
    while (generation === state.generation) {
      // the page shows counts, findings and SPC, never the observations a large return carries
      const response = await api(self + '?observations=false');
      if (!response.ok) {
        alarm(await failure(response));
        return;
      }
      const submission = await response.json();
      if (finished(submission)) {
        $('processing-progress-row').hidden = true;
        showResult(submission);
        reveal();
        return;
      }
      showProgress(submission.progress);
      await delay(POLL_MS);
    }
  }

  // ---- the result ----------------------------------------------------------------------------

  /** A finding's place as Excel writes it: Indicators!H12, 'Age bands'!E20. */
  function place(finding) {
    if (!finding.sheet) {
      return finding.cell || '';
    }
    const sheet = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(finding.sheet)
      ? finding.sheet
      : "'" + finding.sheet.replace(/'/g, "''") + "'";
    return finding.cell ? sheet + '!' + finding.cell : finding.sheet;
  }

  function row(cells) {
    const tr = document.createElement('tr');
    for (const cell of cells) {
      const td = document.createElement('td');
      if (cell instanceof Node) {
        td.append(cell);
      } else {
        td.textContent = cell == null ? '' : String(cell);
      }
      tr.append(td);
    }
    return tr;
  }

  function plural(n, noun) {
    return n + ' ' + noun + (n === 1 ? '' : 's');
  }

  function showFindings(findings) {
    const body = $('findings').tBodies[0];
    body.replaceChildren(...findings.map((finding) => {
      const tr = row([finding.severity, finding.rule, place(finding), finding.message]);
      tr.cells[0].className = 'severity-' + finding.severity;
      return tr;
    }));
    $('findings').hidden = findings.length === 0;
    $('no-findings').hidden = findings.length > 0;
    const errors = findings.filter((f) => f.severity === 'error').length;
    $('findings-caption').textContent = 'Findings: ' + plural(errors, 'error') + ', '
        + plural(findings.length - errors, 'warning');
  }

  /** An icon as boards read it: its words on the Making Data Count colour. */
  function icon(name) {
    const badge = document.createElement('span');
    if (!name) {
      badge.textContent = 'none';
      return badge;
    }
    const kind = /^improvement|^consistent_pass/.test(name) ? 'improvement'
      : /^concern|^consistent_fail/.test(name) ? 'concern'
        : /^neither/.test(name) ? 'neither' : 'common';
    badge.className = 'spc-icon spc-' + kind;
    badge.textContent = name.replace(/_/g, ' ');
    return badge;
  }

  function showSpc(series) {
    $('spc').tBodies[0].replaceChildren(...series.map((s) => row([s.indicator, s.areaName || s.area,
      s.latestPeriod, s.latestValue, icon(s.variation), icon(s.assurance), s.reading])));
    $('spc').hidden = series.length === 0;
  }

  function showButton(id, path, fallbackName) {
    const button = $(id);
    button.hidden = !path;
    button.onclick = path ? guarded(() => download(path, fallbackName)) : null;
  }

  /** The values a return would change, and the submitter's two answers, while it awaits one. */
  function showConfirmation(submission) {
    const changes = submission.changes || [];
    const links = submission.links;
    const awaiting = Boolean(links.confirm);
    $('confirmation').hidden = !awaiting;
    if (!awaiting) {
      return;
    }
    $('confirmation-text').textContent = 'This return gives ' + plural(changes.length, 'value')
        + ' already stored for your organisation a different figure. Nothing of it is stored until you'
        + ' confirm the changes; withdraw it to keep the stored values.';
    $('changes').tBodies[0].replaceChildren(...changes.map((c) => row([c.indicator, c.area, c.sex, c.age,
      c.period, c.stored, c.sent])));
    $('confirm-changes').onclick = guarded(() => decide(links.confirm, submission.file + ': changes confirmed.'));
    $('withdraw').onclick = guarded(() => decide(links.withdraw, submission.file + ' withdrawn.'));
  }

  /** Sends the submitter's decision and shows the submission as it now is. */
  async function decide(path, done) {
    alarm('');
    const response = await fetch(path, { method: 'POST', headers: { Accept: 'application/json',
      ...authorization() } });
    if (response.status === 401) {
      signedOut('The server did not accept your token: it may have been withdrawn. Sign in again.');
      return;
    }
    if (!response.ok) {
      alarm(await failure(response));
      return;
    }
    showResult(await response.json());
    say(done);
  }

  function showResult(submission) {
    const status = submission.status;
    const fileName = submission.file;
    const links = submission.links;
    const counts = submission.rag || {};
    const assessed = ASSESSED.includes(status);
    $('result').hidden = false;
    $('result-file').textContent = fileName;
    $('result-id').textContent = submission.id;
    $('result-status').textContent = status;
    $('result-error').textContent = assessed ? ''
      : submission.error || 'Ragbook could not read this return, so it has no result.';
    $('result-error').hidden = assessed;
    $('rag-table').hidden = !assessed;
    for (const [key, id] of [['green', 'rag-green'], ['amber', 'rag-amber'], ['red', 'rag-red'],
      ['notCompared', 'rag-not-compared']]) {
      $(id).textContent = String(counts[key] || 0);
    }
    $('narrative').textContent = submission.narrative || '';
    $('narrative').hidden = !submission.narrative;
    showConfirmation(submission);
    showFindings(assessed ? submission.findings || [] : []);
    showSpc(assessed ? submission.spc || [] : []);
    showButton('download-annotated', assessed && links.annotated, 'annotated.xlsx');
    showButton('download-paper', assessed && links.paper, 'paper.docx');
    showButton('download-original', links.original, fileName);
    say(status === 'awaiting confirmation' ? fileName + ' checked; it changes stored values: confirm or withdraw it.'
      : assessed
      ? fileName + ' checked: ' + (counts.green || 0) + ' green, ' + (counts.amber || 0) + ' amber, '
        + (counts.red || 0) + ' red, ' + (counts.notCompared || 0) + ' not compared.'
      : fileName + ' was ' + status + '.');
    loadHistory().catch(() => {});
  }

  /** Brings a new result to the top of the window and to the screen reader's attention. */
  function reveal() {
    $('result-title').focus({ preventScroll: true });
    $('result').scrollIntoView({ block: 'start' });
  }

  /** Shows a past submission, following it first if it is still being processed. */
  async function open(self) {
    alarm('');
    await follow(self, ++state.generation);
  }

  // ---- past submissions ----------------------------------------------------------------------

  async function loadHistory() {
    const query = new URLSearchParams();
    for (const name of ['org', 'schema', 'period', 'status']) {
      const value = $('history-form').elements[name].value.trim();
      if (value) {
        query.set(name, value);
      }
    }
    query.set('page', String(state.page));
    query.set('size', String(PAGE_SIZE));
    const response = await api('/api/returns?' + query);
    const table = $('history');
    const empty = $('history-empty');
    const pager = document.querySelector('.pager');
    if (!response.ok) {
      table.hidden = true;
      pager.hidden = true;
      empty.hidden = false;
      empty.textContent = await failure(response);
      return;
    }
    const list = await response.json();
    table.tBodies[0].replaceChildren(...list.items.map(historyRow));
    table.hidden = list.items.length === 0;
    empty.hidden = list.items.length > 0;
    empty.textContent = 'No submissions match.';
    const pages = Math.max(1, Math.ceil(list.total / list.size));
    pager.hidden = list.total <= list.size;
    $('page-text').textContent = 'Page ' + list.page + ' of ' + pages + ' (' + list.total + ' submissions)';
    $('page-previous').disabled = list.page <= 1;
    $('page-next').disabled = list.page >= pages;
  }

  function historyRow(item) {
    const received = item.receivedAt ? new Date(item.receivedAt).toLocaleString('en-GB') : '';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'secondary';
    button.textContent = 'Open';
    button.setAttribute('aria-label', 'Open ' + item.file + ', received ' + received);
    button.addEventListener('click', guarded(() => open(item.self)));
    return row([received, item.file, item.organisation, item.schema, item.period, item.status, button]);
  }

  function turnPage(by) {
    return async () => {
      state.page = Math.max(1, state.page + by);
      await loadHistory();
    };
  }

  // ---- start ---------------------------------------------------------------------------------

  async function start() {
    $('sign-in-form').addEventListener('submit', guarded(signIn));
    $('sign-out').addEventListener('click', signOut);
    $('upload-form').addEventListener('submit', guarded(send));
    $('file').addEventListener('change', chosenFile);
    $('history-form').addEventListener('submit', guarded(async (event) => {
      event.preventDefault();
      state.page = 1;
      await loadHistory();
    }));
    $('pack-form').addEventListener('submit', guarded(downloadPack('xlsx')));
    $('download-pack-zip').addEventListener('click', guarded(downloadPack('zip')));
    $('page-previous').addEventListener('click', guarded(turnPage(-1)));
    $('page-next').addEventListener('click', guarded(turnPage(1)));
    dropZone();
    const answer = await whoAmI();
    if (answer.signedIn) {
      await enter(answer.me);
    } else {
      signedOut(token() ? 'Your session has ended. Sign in again.' : '');
    }
  }

  document.addEventListener('DOMContentLoaded', guarded(start));
}());
