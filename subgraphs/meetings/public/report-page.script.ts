/**
 * The script of the `/reports` page, served as a file of its own (the page's CSP allows no inline
 * script). Plain browser JavaScript: it asks `/graphql` with the bearer token the user pasted (kept
 * in sessionStorage), draws the table and ECharts charts, and downloads the files with the token.
 */
export const REPORT_PAGE_SCRIPT = `'use strict';
(function () {
  var KEY = 'hub-report-token';
  var $ = function (id) { return document.getElementById(id); };
  var charts = {};
  var GROUP_NAMES = { MONTH: '按月', QUARTER: '按季度', YEAR: '按年', CONVENER: '按召集组织', MEMBER_UNIT: '按成员单位' };
  var FIGURES = 'meetingsHeld meetingsCancelled invitations attendances attendanceRate meetingsWithQuorum quorumRate agendaItems resolutions actionItems actionItemsDone actionItemsDoneOnTime actionItemsOverdue actionItemsDropped medianDaysToClose';
  var COLUMNS = [
    ['meetingsHeld', '召开'], ['meetingsCancelled', '取消'], ['invitations', '应到'], ['attendances', '实到'], ['attendanceRate', '出席率', 'rate'],
    ['quorumRate', '法定人数达成率', 'rate'], ['agendaItems', '议题'], ['resolutions', '议定事项'], ['actionItems', '督办事项'],
    ['actionItemsDone', '已办结'], ['actionItemsDoneOnTime', '按期办结'], ['actionItemsOverdue', '当前逾期'], ['medianDaysToClose', '办结天数中位数']
  ];

  function token() { return sessionStorage.getItem(KEY) || ''; }
  function status(text, isError) { var s = $('status'); s.textContent = text; s.className = isError ? 'error' : ''; }
  function claims() {
    try { return JSON.parse(atob(token().split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))); } catch (e) { return {}; }
  }

  function ask(query, variables) {
    return fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token(), 'accept-language': 'zh-CN' },
      body: JSON.stringify({ query: query, variables: variables })
    }).then(function (r) { return r.json(); }).then(function (body) {
      if (body.errors && body.errors.length) throw new Error(body.errors[0].message);
      return body.data;
    });
  }

  function loadScopes() {
    var org = claims().org;
    var kinds = ['STREET_WORKING_COMMITTEE', 'COMMUNITY_PARTY_COMMITTEE'];
    var query = org
      ? 'query ($id: ID!) { organisation(id: $id) { id name kind } s: organisations(filter: { subtreeOf: $id, kind: STREET_WORKING_COMMITTEE }, first: 100) { edges { node { id name kind } } } c: organisations(filter: { subtreeOf: $id, kind: COMMUNITY_PARTY_COMMITTEE }, first: 100) { edges { node { id name kind } } } }'
      : '{ organisations(filter: { kind: DISTRICT_COMMITTEE }, first: 100) { edges { node { id name kind } } } }';
    return ask(query, org ? { id: org } : {}).then(function (data) {
      var list = org ? [data.organisation].concat(data.s.edges.map(function (e) { return e.node; }), data.c.edges.map(function (e) { return e.node; }))
        : [{ id: '', name: '全部辖区', kind: '' }].concat(data.organisations.edges.map(function (e) { return e.node; }));
      var select = $('scope');
      select.innerHTML = '';
      list.forEach(function (o) {
        var option = document.createElement('option');
        option.value = o.id;
        option.textContent = (kinds.indexOf(o.kind) === 1 ? '\u3000' : '') + o.name;
        select.appendChild(option);
      });
    });
  }

  function params() {
    return { scopeId: $('scope').value || null, from: $('from').value, to: $('to').value, groupBy: $('groupBy').value };
  }

  function cell(value, kind) {
    if (value === null || value === undefined) return '—';
    return kind === 'rate' ? (value * 100).toFixed(1) + '%' : String(Math.round(value * 10) / 10);
  }

  function drawTable(report) {
    var head = '<tr><th>分组</th>' + COLUMNS.map(function (c) { return '<th>' + c[1] + '</th>'; }).join('') + '</tr>';
    var line = function (label, f, cls) {
      var tr = document.createElement('tr');
      if (cls) tr.className = cls;
      var th = document.createElement('th');
      th.textContent = label;
      tr.appendChild(th);
      COLUMNS.forEach(function (c) { var td = document.createElement('td'); td.textContent = cell(f[c[0]], c[2]); tr.appendChild(td); });
      return tr;
    };
    var table = $('table');
    table.innerHTML = '<thead>' + head + '</thead>';
    var body = document.createElement('tbody');
    report.rows.forEach(function (r) { body.appendChild(line(r.label, r)); });
    body.appendChild(line('合计', report.totals, 'totals'));
    table.appendChild(body);
  }

  function chart(id, option) {
    if (!charts[id]) charts[id] = echarts.init($(id), null, { renderer: 'canvas' });
    charts[id].setOption(option, true);
  }

  function drawCharts(report, attendance, aging) {
    var labels = report.rows.map(function (r) { return r.label; });
    chart('chart-meetings', {
      title: { text: '会议召开与出席率', left: 0, top: 0, textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis' }, legend: { left: 0, top: 24, data: ['召开会议', '出席率'] }, grid: { top: 72, left: 48, right: 48, bottom: 48 },
      xAxis: { type: 'category', data: labels, axisLabel: { rotate: labels.length > 6 ? 45 : 0 } },
      yAxis: [{ type: 'value', name: '会议' }, { type: 'value', name: '出席率', min: 0, max: 100, axisLabel: { formatter: '{value}%' } }],
      series: [
        { name: '召开会议', type: 'bar', data: report.rows.map(function (r) { return r.meetingsHeld; }), itemStyle: { color: '#c0392b' } },
        { name: '出席率', type: 'line', yAxisIndex: 1, data: report.rows.map(function (r) { return r.attendanceRate === null ? null : Math.round(r.attendanceRate * 1000) / 10; }), itemStyle: { color: '#2c7be5' } }
      ]
    });
    chart('chart-actions', {
      title: { text: '督办事项办理情况', left: 0, top: 0, textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis' }, legend: { left: 0, top: 24, data: ['按期办结', '逾期办结', '当前逾期'] }, grid: { top: 72, left: 48, right: 24, bottom: 48 },
      xAxis: { type: 'category', data: labels, axisLabel: { rotate: labels.length > 6 ? 45 : 0 } }, yAxis: { type: 'value' },
      series: [
        { name: '按期办结', type: 'bar', stack: 'done', data: report.rows.map(function (r) { return r.actionItemsDoneOnTime; }), itemStyle: { color: '#27ae60' } },
        { name: '逾期办结', type: 'bar', stack: 'done', data: report.rows.map(function (r) { return r.actionItemsDone - r.actionItemsDoneOnTime; }), itemStyle: { color: '#f39c12' } },
        { name: '当前逾期', type: 'bar', stack: 'done', data: report.rows.map(function (r) { return r.actionItemsOverdue; }), itemStyle: { color: '#c0392b' } }
      ]
    });
    var units = attendance.units.slice(0, 15).reverse();
    chart('chart-units', {
      title: { text: '成员单位出席率（出席最少的单位）', left: 0, top: 0, textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis' }, grid: { top: 40, left: 8, right: 40, bottom: 24, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', data: units.map(function (u) { return u.unitName; }), axisLabel: { width: 140, overflow: 'truncate' } },
      series: [{ type: 'bar', data: units.map(function (u) { return Math.round(u.attendanceRate * 1000) / 10; }), itemStyle: { color: '#8e44ad' } }]
    });
    chart('chart-aging', {
      title: { text: '未办结督办事项账龄', left: 0, top: 0, textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis' }, legend: { left: 0, top: 24, data: ['未办结', '其中逾期'] }, grid: { top: 72, left: 48, right: 24, bottom: 32 },
      xAxis: { type: 'category', data: ['30天内', '31–60天', '61–90天', '91–180天', '180天以上'] }, yAxis: { type: 'value' },
      series: [
        { name: '未办结', type: 'bar', data: aging.buckets.map(function (b) { return b.open; }), itemStyle: { color: '#2c7be5' } },
        { name: '其中逾期', type: 'bar', data: aging.buckets.map(function (b) { return b.overdue; }), itemStyle: { color: '#c0392b' } }
      ]
    });
  }

  function run() {
    var p = params();
    status('正在查询…');
    var query = 'query ($scopeId: ID, $from: LocalDate!, $to: LocalDate!, $groupBy: ReportGrouping!) {' +
      ' jointMeetingReport(scopeId: $scopeId, from: $from, to: $to, groupBy: $groupBy) { scopeName rows { label ' + FIGURES + ' } totals { ' + FIGURES + ' } }' +
      ' attendanceByUnit(scopeId: $scopeId, from: $from, to: $to) { units { unitName attendanceRate currentConsecutiveAbsences } }' +
      ' actionItemAging(scopeId: $scopeId) { buckets { bucket open overdue } } }';
    return ask(query, p).then(function (data) {
      drawTable(data.jointMeetingReport);
      drawCharts(data.jointMeetingReport, data.attendanceByUnit, data.actionItemAging);
      $('result-title').textContent = data.jointMeetingReport.scopeName + ' · ' + p.from + ' 至 ' + p.to + ' · ' + GROUP_NAMES[p.groupBy];
      document.body.setAttribute('data-state', 'ready');
      status('');
    }).catch(function (error) { status('查询失败：' + error.message, true); });
  }

  function download(ext) {
    var p = params();
    var query = new URLSearchParams({ from: p.from, to: p.to, groupBy: p.groupBy });
    if (p.scopeId) query.set('scope', p.scopeId);
    fetch('/reports/joint-meetings.' + ext + '?' + query, { headers: { authorization: 'Bearer ' + token(), 'accept-language': 'zh-CN' } })
      .then(function (r) {
        if (!r.ok) return r.json().then(function (body) { throw new Error(body.errors[0].message); });
        return r.blob();
      })
      .then(function (blob) {
        var a = document.createElement('a');
        a.href = URL.createObjectURL(blob);
        a.download = '联席会议统计_' + p.from + '_' + p.to + '.' + ext;
        document.body.appendChild(a);
        a.click();
        setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
      })
      .catch(function (error) { status('下载失败：' + error.message, true); });
  }

  function start() {
    if (!token()) { status('请先粘贴访问令牌。', true); return; }
    loadScopes().then(run).catch(function (error) { status('加载失败：' + error.message, true); });
  }

  var today = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
  $('to').value = today;
  $('from').value = (Number(today.slice(0, 4)) - 1) + today.slice(4, 8) + '01';
  $('token').value = token();
  $('save-token').addEventListener('click', function () { sessionStorage.setItem(KEY, $('token').value.trim()); start(); });
  $('run').addEventListener('click', run);
  $('csv').addEventListener('click', function () { download('csv'); });
  $('xlsx').addEventListener('click', function () { download('xlsx'); });
  window.addEventListener('resize', function () { Object.keys(charts).forEach(function (id) { charts[id].resize(); }); });
  start();
})();
`;
