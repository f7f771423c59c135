import type { SampleDay } from './sample-types';

/**
 * What was said and seen in Halden's audit week, session by session. A note without a speaker is
 * the facilitator's own observation; facilitator-only notes never reach the client.
 */
export const SAMPLE_DAYS: SampleDay[] = [
  {
    day: 1,
    area: 'problem-fit',
    sessions: [
      {
        session: 'Kickoff',
        notes: [
          { at: '09:07', by: 'margit', kind: 'quote', key: 'headcount-case', text: '“If this works we stop hiring into AP. That is the business case I took to the board.”', tags: ['value', 'headcount'] },
          { at: '09:12', by: 'nadia', kind: 'observation', key: 'pilot-scope', text: 'The pilot ran for eight weeks in January and February on about 80 invoices a day from the 30 largest suppliers. Results were checked in a spreadsheet and never posted to the ERP.', tags: ['pilot', 'scope'] },
          { at: '09:18', by: 'tom', kind: 'observation', key: 'decision-date', text: 'The decision this week must support: whether to put production into the Q2 budget round, which closes on 3 April.', tags: ['decision', 'budget'] },
          { at: '09:24', by: 'priya', kind: 'quote', key: 'ap-not-involved', text: '“We saw the demo in December. Nobody from AP has used it since.”', tags: ['operators', 'ownership'] },
          { at: '09:30', by: 'ruben', kind: 'assumption', key: 'six-fte', text: 'The board paper assumes 6 of the 14 AP positions are saved in year one. Nobody in the room could say where the 6 came from.', tags: ['value', 'headcount'] },
          { at: '09:36', by: null, kind: 'observation', visibility: 'facilitator', text: 'Margit and Nadia talk about the pilot as already decided; Tom and Priya are noticeably quieter. Give AP the floor in the walkthrough.', tags: ['dynamics'] },
        ],
      },
      {
        session: 'Current-process walkthrough',
        notes: [
          { at: '09:50', by: 'priya', kind: 'observation', key: 'volume', text: 'Invoices arrive in the AP mailbox, by post (scanned in the mailroom every morning) and as e-invoices through PEPPOL. About 1,200 PDFs and scans a day, plus about 300 e-invoices that already post automatically.', tags: ['volume', 'channels'] },
          { at: '09:58', by: 'luuk', kind: 'observation', key: 'minutes-per-invoice', text: 'Manual path: open the PDF, key supplier, invoice number, dates, net, VAT, total and PO number into Dynamics, then match to the PO and the goods receipt. 6 to 7 minutes when it matches, 20 or more when it does not.', tags: ['process', 'time'] },
          { at: '10:04', by: 'priya', kind: 'observation', key: 'month-end', text: 'Month end is the peak: 2,000 to 2,100 invoices on each of the last two working days. The team works overtime and brings in agency temps.', tags: ['month-end', 'volume'] },
          { at: '10:10', by: 'luuk', kind: 'quote', key: 'scans-hard', text: '“The hard ones aren’t the PDFs. It’s the scans with a delivery note stapled behind and someone’s handwriting on the total.”', tags: ['scans'] },
          { at: '10:15', by: 'priya', kind: 'observation', key: 'match-exceptions', text: 'About 18 % of invoices fail the 3-way match first time (price or quantity differences, missing goods receipt) and go to the buyers in procurement.', tags: ['po-match', 'exceptions'] },
          { at: '10:22', by: 'sofia', kind: 'observation', text: 'Buyers clear match exceptions from a shared queue; the median exception is 4 working days old when it is cleared.', tags: ['exceptions', 'procurement'] },
          { at: '10:28', by: 'luuk', kind: 'observation', key: 'vat-spreadsheet', text: 'Workaround: for about 40 regular suppliers the team keeps a spreadsheet of VAT codes and cost centres, because the supplier master data in the ERP is out of date.', tags: ['workaround', 'master-data'] },
          { at: '10:36', by: 'tom', kind: 'risk', key: 'duplicates', text: 'Duplicate invoices (the same invoice sent by post and by email) are caught by eye today. The pilot has no duplicate check.', tags: ['duplicates'] },
          { at: '10:41', by: 'priya', kind: 'question', text: 'Does the pilot read the delivery-note pages, or does it stop at the invoice page?', tags: ['scans'] },
        ],
      },
      {
        session: 'Value sizing',
        notes: [
          { at: '11:05', by: 'ruben', kind: 'observation', key: 'baseline-cost', text: 'Time study from last autumn: 13.5 FTE on keying and matching at about €52,000 loaded cost each. All in, one invoice costs €3.20, exception handling included.', tags: ['cost', 'baseline'] },
          { at: '11:14', by: 'ruben', kind: 'observation', key: 'late-fees', text: 'Late-payment fees and lost early-payment discounts came to €86,000 last year; about a third traces back to invoices stuck in keying at month end.', tags: ['value', 'discounts'] },
          { at: '11:22', by: 'tom', kind: 'quote', key: 'tom-backlog', text: '“If my team stopped keying they would spend the time on exceptions and supplier queries. I don’t want fewer people, I want the backlog gone.”', tags: ['headcount', 'value'] },
          { at: '11:30', by: 'margit', kind: 'decision', key: 'value-restated', text: 'The case will be stated as hours and fees avoided, not positions cut, until there are production numbers.', tags: ['value'] },
          { at: '11:41', by: 'nadia', kind: 'assumption', key: 'ninety-percent', text: 'The pilot team assumed 90 % of invoices could post without a person touching them. Not measured: the figure comes from the OCR vendor’s brochure.', tags: ['automation-rate', 'assumptions'] },
          { at: '11:52', by: 'ruben', kind: 'action', followUp: { owner: 'ruben', due: 4, status: 'done' }, text: 'Ruben re-runs the value case with three touch-free rates (50, 70 and 85 %) for Thursday’s budget session.', tags: ['value'] },
          { at: '12:05', by: null, kind: 'observation', visibility: 'facilitator', text: 'Today’s cost is well measured (a real time study); the pilot’s effect on it is not. Value in numbers: partly.', tags: ['scoring'] },
        ],
      },
      {
        session: 'Success metrics',
        notes: [
          { at: '13:20', by: 'nadia', kind: 'observation', key: 'pilot-96', text: 'The pilot was judged on “field accuracy 96.4 %”, measured on 400 invoices the pilot team selected at the start.', tags: ['metrics', 'evaluation'] },
          { at: '13:28', by: 'priya', kind: 'question', text: 'What counts as right? A wrong cost centre is one field error for you; for us it is a posting we have to reverse.', tags: ['metrics'] },
          { at: '13:37', by: 'tom', kind: 'decision', key: 'metrics-agreed', text: 'Agreed metrics: share of invoices posted without manual keying; accuracy of the critical fields (supplier, invoice number, date, net, VAT, total, PO) on a random production sample; age of the exception queue; late-fee spend.', tags: ['metrics'] },
          { at: '13:49', by: 'ruben', kind: 'observation', key: 'vat-threshold', text: 'Proposed target: at least 98 % right on amounts and VAT, because a wrong VAT amount ends up in the VAT return.', tags: ['metrics', 'vat'] },
          { at: '14:02', by: 'margit', kind: 'quote', text: '“I need one number for the board, and I need it to be honest.”', tags: ['metrics'] },
        ],
      },
      {
        session: 'Non-AI alternatives',
        notes: [
          { at: '14:20', by: 'sofia', kind: 'observation', key: 'top-suppliers', text: 'The 40 largest suppliers send 35 % of the PDF volume; 22 of them already send e-invoices to other customers.', tags: ['e-invoicing', 'suppliers'] },
          { at: '14:31', by: 'ruben', kind: 'observation', key: 'peppol-paused', text: 'Onboarding suppliers to PEPPOL started in 2024 and stopped when the person driving it left.', tags: ['e-invoicing'] },
          { at: '14:40', by: 'tom', kind: 'observation', key: 'erp-addon', text: 'The ERP vendor sells an invoice capture add-on. AP looked at it two years ago, before the pilot, and it was never compared with the pilot.', tags: ['build-vs-buy'] },
          { at: '14:52', by: 'priya', kind: 'observation', text: 'Template-based OCR was tried in 2021 and dropped: every new supplier layout needed a new template.', tags: ['ocr', 'history'] },
          { at: '15:05', by: 'nadia', kind: 'assumption', text: 'E-invoicing will not reach the long tail: about 1,900 suppliers send fewer than five invoices a month.', tags: ['e-invoicing', 'long-tail'] },
        ],
      },
      {
        session: 'Stakeholder map',
        notes: [
          { at: '15:35', by: 'tom', kind: 'decision', key: 'tom-owns', text: 'Tom takes ownership of the outcome in AP. Until today the pilot reported only to the innovation programme.', tags: ['ownership'] },
          { at: '15:44', by: 'nadia', kind: 'observation', key: 'innovation-handover', text: 'The innovation programme funds pilots up to €60,000 and hands them over afterwards; there is no written handover process.', tags: ['ownership', 'budget'] },
          { at: '15:55', by: 'priya', kind: 'risk', key: 'clerk-worry', text: 'AP clerks worry the assistant will be used to measure them. This needs addressing before rollout.', tags: ['change', 'operators'] },
          { at: '16:06', by: null, kind: 'observation', visibility: 'facilitator', text: 'Procurement is a bigger stakeholder than anyone said: half the exceptions end with the buyers. Make sure Sofia is there for human review on Wednesday.', tags: ['stakeholders'] },
          { at: '16:15', by: 'margit', kind: 'observation', key: 'works-council', text: 'The works council has to be consulted before roles in AP change; HR to confirm how long that takes.', tags: ['hr', 'change'] },
        ],
      },
      {
        session: 'Day 1 readout',
        notes: [
          { at: '16:35', by: null, kind: 'observation', text: 'Readout: the problem is real and measured (1,200 invoices a day at €3.20 each); the pilot’s benefit is not measured yet; ownership moved to AP today.', tags: ['readout'] },
          { at: '16:48', by: 'margit', kind: 'quote', text: '“Good. Tomorrow I want to know whether the 96 % is real.”', tags: ['readout'] },
        ],
      },
    ],
  },
  {
    day: 2,
    area: 'approach',
    sessions: [
      {
        session: 'Pilot architecture',
        notes: [
          { at: '09:06', by: 'daniel', kind: 'observation', key: 'architecture', text: 'Architecture: mailbox export → cloud OCR service → hosted large language model prompted to return JSON with the header fields and lines → Python matching script → CSV, imported into Dynamics by hand by the pilot team.', tags: ['architecture'] },
          { at: '09:15', by: 'daniel', kind: 'observation', text: 'On average 2.8 model calls per invoice: the extraction, a self-check prompt, and retries when the JSON does not parse.', tags: ['model', 'cost'] },
          { at: '09:23', by: 'henk', kind: 'risk', key: 'csv-bypass', text: 'The CSV goes in through the generic journal import, which bypasses the invoice approval workflow. Fine in a test company, not in production.', tags: ['erp', 'integration', 'controls'] },
          { at: '09:31', by: 'daniel', kind: 'observation', key: 'notebook', text: 'The prompts and the matching script live in one notebook on Daniel’s laptop, with a copy on a shared drive: no repository, no version history.', tags: ['code', 'versioning'] },
          { at: '09:40', by: 'nadia', kind: 'quote', text: '“It was a pilot. We wanted to see whether the model could read invoices at all.”', tags: ['pilot'] },
          { at: '09:52', by: 'henk', kind: 'question', text: 'Which hosted endpoint does the pilot call, and in which region is the data processed?', tags: ['security', 'region'] },
          { at: '10:01', by: 'daniel', kind: 'observation', key: 'us-endpoint', text: 'The pilot calls the vendor’s default endpoint, in the US region. Halden’s cloud agreement covers EU regions only. To check with security tomorrow.', tags: ['gdpr', 'vendor'] },
          { at: '10:14', by: 'henk', kind: 'observation', key: 'invoice-api', text: 'Dynamics has an API that creates vendor invoices as “pending approval”. Nobody uses it yet, so there is no connector.', tags: ['erp', 'integration'] },
          { at: '10:22', by: 'daniel', kind: 'assumption', text: 'Lines are extracted but not used: matching works on the header total and the PO number only.', tags: ['lines', 'po-match'] },
        ],
      },
      {
        session: 'Data review',
        notes: [
          { at: '10:50', by: 'daniel', kind: 'observation', key: 'test-set', text: 'Pilot test set: 400 invoices from the 30 largest suppliers, November and December, all born-digital PDFs. No scans, no credit notes, nothing over three pages.', tags: ['data', 'evaluation'] },
          { at: '11:00', by: 'priya', kind: 'observation', key: 'production-mix', text: 'In production about 27 % of documents are scans or phone photos, about 6 % are credit notes, and about 9 % are in German or French.', tags: ['data', 'scans', 'languages'] },
          { at: '11:09', by: 'priya', kind: 'quote', key: 'priya-400', text: '“Your 400 are the invoices we never have problems with.”', tags: ['data'] },
          { at: '11:18', by: 'daniel', kind: 'observation', key: 'labels', text: 'The right answers for the 400 were typed by two pilot team members, not by AP; 31 disagreements were settled by the pilot team.', tags: ['labels', 'evaluation'] },
          { at: '11:30', by: 'tom', kind: 'action', key: 'sample-action', followUp: { owner: 'priya', due: 2, status: 'done' }, text: 'Priya exports 150 random documents from the February inbox, across every channel, for a test this afternoon.', tags: ['evaluation'] },
          { at: '11:42', by: 'daniel', kind: 'risk', key: 'bank-details', text: 'Supplier bank account numbers are extracted and appear in the CSV. If an import ever used them, a forged invoice could change where Halden pays.', tags: ['fraud', 'bank-details'] },
          { at: '11:55', by: 'henk', kind: 'observation', text: 'Supplier master data (bank accounts, VAT numbers) may only change through the supplier-change procedure with a call-back check.', tags: ['fraud', 'controls'] },
          { at: '12:10', by: null, kind: 'observation', visibility: 'facilitator', text: 'Daniel is open and candid; the curated test set was a time constraint, not an attempt to hide anything. Keep the findings factual, not blaming.', tags: ['dynamics'] },
        ],
      },
      {
        session: 'Evaluation review',
        notes: [
          { at: '13:35', by: 'daniel', kind: 'observation', key: 'random-150', text: 'Ran the pilot pipeline over Priya’s 150 random February documents over lunch and scored it against what AP actually keyed.', tags: ['evaluation'] },
          { at: '13:58', by: 'daniel', kind: 'observation', key: 'accuracy-random', text: 'Field-level accuracy on the random 150: 93.1 % (pilot set: 96.4 %). Invoices with every critical field right: 91.3 %.', tags: ['evaluation', 'accuracy'] },
          { at: '14:06', by: 'daniel', kind: 'observation', key: 'scan-accuracy', text: 'On the 41 scans in the sample, invoice-level accuracy drops to 74 %. Most errors are totals read from the wrong box and dates read month-first.', tags: ['scans', 'accuracy'] },
          { at: '14:15', by: 'priya', kind: 'risk', key: 'credit-notes', text: 'Five of the nine credit notes in the sample were read as invoices: the minus sign is lost, so the amount would be paid instead of deducted.', tags: ['credit-notes', 'failure-mode'] },
          { at: '14:24', by: 'ruben', kind: 'risk', key: 'vat-errors', text: 'VAT amount wrong on 3 of 150 (2 %). At 1,200 a day that is about 24 invoices a day with a wrong VAT amount before anyone checks.', tags: ['vat', 'accuracy'] },
          { at: '14:33', by: 'tom', kind: 'quote', text: '“So the 96 % was real, for the easy invoices.”', tags: ['evaluation'] },
          { at: '14:45', by: 'daniel', kind: 'action', key: 'regression-set', followUp: { owner: 'daniel', due: 5, status: 'open' }, text: 'Daniel keeps the 150 as a frozen regression set and grows it to 1,000, stratified by channel, language and supplier size.', tags: ['evaluation'] },
        ],
      },
      {
        session: 'Model and vendor choice',
        notes: [
          { at: '15:20', by: 'daniel', kind: 'observation', key: 'model-credits', text: 'The large hosted model was chosen because the innovation programme had prepaid credits with that vendor; no other model was tried.', tags: ['model', 'vendor'] },
          { at: '15:29', by: 'daniel', kind: 'observation', key: 'cost-per-invoice', text: 'Cost per invoice in the pilot: €0.046 in model calls plus €0.012 for OCR, retries included.', tags: ['cost', 'model'] },
          { at: '15:38', by: 'henk', kind: 'question', text: 'What happens when the vendor retires this model version? Is the prompt tested against the next version before the switch?', tags: ['vendor', 'model-updates'] },
          { at: '15:46', by: 'daniel', kind: 'observation', key: 'silent-update', text: 'In January the vendor updated the model behind the same name; the JSON changed slightly and the parser failed for two days. Nobody outside the pilot team noticed.', tags: ['vendor', 'model-updates', 'monitoring'] },
          { at: '15:58', by: 'nadia', kind: 'action', followUp: { owner: 'daniel', due: 3, status: 'done' }, text: 'Daniel runs a smaller, cheaper model over the same 150 tonight for comparison.', tags: ['model'] },
          { at: '16:10', by: 'tom', kind: 'observation', key: 'addon-quote', text: 'The 2024 quote for the ERP capture add-on: €38,000 a year in licences at Halden’s volume, approval-workflow integration included.', tags: ['build-vs-buy'] },
        ],
      },
      {
        session: 'Day 2 readout',
        notes: [
          { at: '16:35', by: null, kind: 'observation', text: 'Readout: the model reads clean PDFs well. Production documents are messier (scans, credit notes, languages): 91.3 % of invoices fully right on a random sample, 74 % of scans.', tags: ['readout'] },
          { at: '16:47', by: 'nadia', kind: 'quote', text: '“We proved the model can read. We never tested whether it can read ours.”', tags: ['readout'] },
        ],
      },
    ],
  },
  {
    day: 3,
    area: 'production-requirements',
    sessions: [
      {
        session: 'Failure modes and error cost',
        notes: [
          { at: '09:04', by: 'daniel', kind: 'observation', key: 'small-model', text: 'Smaller model overnight on the same 150: 91.8 % field-level, 89.6 % of invoices fully right, at €0.005 per invoice in model calls.', tags: ['model', 'evaluation'], area: 'approach' },
          { at: '09:12', by: 'henk', kind: 'observation', key: 'match-tolerance', text: 'The 3-way match tolerance (2 % or €50) stops most wrong amounts before payment. What slips through: wrong VAT codes, wrong invoice dates and therefore wrong due dates.', tags: ['po-match', 'failure-mode'] },
          { at: '09:20', by: 'ruben', kind: 'observation', key: 'error-cost', text: 'A wrong invoice date moves the due date: pay early and lose the cash, or late and pay fees. An error caught in the match queue costs about €8 to fix; a wrong posting that gets through, about €22.', tags: ['error-cost'] },
          { at: '09:29', by: 'priya', kind: 'risk', key: 'worst-case', text: 'Worst cases named by the team: a credit note paid as an invoice, or a duplicate paid twice. Last year two duplicates over €40,000 were recovered only after supplier statements arrived.', tags: ['duplicates', 'credit-notes', 'failure-mode'] },
          { at: '09:38', by: null, kind: 'observation', key: 'wrong-per-day', text: 'At 91.3 % of invoices fully right and 1,200 a day, about 104 invoices a day would have at least one critical field wrong; with 30 % reviewed, about 73 a day reach the match queue or the ledger.', tags: ['accuracy', 'errors-per-day'] },
          { at: '09:46', by: 'tom', kind: 'quote', key: 'tom-hundred', text: '“A hundred wrong invoices a day is more than my team makes now. It only works if we know which hundred.”', tags: ['errors-per-day', 'review'] },
          { at: '09:53', by: 'daniel', kind: 'observation', key: 'no-confidence', text: 'The model returns no confidence. The self-check prompt’s yes or no agreed with the real errors only 60 % of the time.', tags: ['confidence', 'review'] },
        ],
      },
      {
        session: 'Human review',
        notes: [
          { at: '10:03', by: 'priya', kind: 'observation', key: 'review-rules', text: 'AP’s proposal: a person checks every invoice that is a scan or a credit note, from a new supplier, over €10,000, or that fails the match. About 30 to 35 % of volume.', tags: ['review', 'routing'] },
          { at: '10:11', by: 'luuk', kind: 'observation', key: 'review-time', text: 'Checking pre-filled fields against the PDF side by side takes about 1.5 minutes, against 6.5 to key from scratch.', tags: ['review', 'time'] },
          { at: '10:18', by: 'sofia', kind: 'observation', text: 'Match exceptions still go to the buyers. An extraction error that causes a false mismatch adds work in procurement, not in AP.', tags: ['procurement', 'exceptions'] },
          { at: '10:24', by: 'luuk', kind: 'question', key: 'luuk-feedback', text: 'Who fixes the prompt when we see the same supplier read wrong every day? Can we tell it?', tags: ['feedback', 'retraining'] },
          { at: '10:31', by: 'daniel', kind: 'observation', key: 'no-feedback', text: 'There is no feedback loop: corrections made in the ERP never reach the pilot.', tags: ['feedback', 'retraining'] },
          { at: '10:38', by: 'tom', kind: 'decision', key: 'review-owner', text: 'Review stays inside AP: Priya’s team leads define the routing rules and own the review queue.', tags: ['review', 'ownership'] },
        ],
      },
      {
        session: 'Integration map',
        notes: [
          { at: '11:04', by: 'henk', kind: 'observation', key: 'systems', text: 'Systems touched: the Exchange AP mailbox, the mailroom scanner share, the OCR service, the model endpoint, Dynamics 365 Finance (vendor invoice API), the supplier master and the document archive.', tags: ['integration', 'erp'] },
          { at: '11:13', by: 'henk', kind: 'observation', key: 'integration-estimate', text: 'The ERP integration backlog is 14 weeks long. An invoice API connector is 6 to 8 weeks for two developers: about €85,000 with testing.', tags: ['integration', 'cost', 'erp'] },
          { at: '11:22', by: 'henk', kind: 'risk', key: 'pending-approval', text: 'Postings must land as “pending approval”, so the approval workflow and the segregation of duties stay as they are.', tags: ['controls', 'erp'] },
          { at: '11:30', by: 'elif', kind: 'observation', key: 'audit-trail', text: 'Audit trail required: for every posted invoice keep the source document, what the model extracted, what a person changed, and who approved it.', tags: ['audit-trail', 'compliance'] },
          { at: '11:39', by: 'henk', kind: 'observation', key: 'dup-check-erp', text: 'Going through the API means the ERP’s own duplicate rule (supplier + invoice number + amount) applies.', tags: ['duplicates', 'erp'] },
          { at: '11:50', by: null, kind: 'observation', visibility: 'facilitator', text: 'Henk will make or break the integration and is already committed to the ERP upgrade in Q3. Ask Tom privately whether Henk’s manager knows about this.', tags: ['capacity'] },
        ],
      },
      {
        session: 'Monitoring and maintenance',
        notes: [
          { at: '13:05', by: 'daniel', kind: 'observation', key: 'no-monitoring', text: 'Nothing is logged beyond the CSV files: no record of model inputs and outputs, no dashboard, no alerts.', tags: ['monitoring'] },
          { at: '13:14', by: 'daniel', kind: 'observation', key: 'monitoring-proposal', text: 'Proposed measures: share of invoices corrected by reviewers each day, corrections by field and by supplier, match-failure rate, cost per invoice, processing time.', tags: ['monitoring', 'metrics'] },
          { at: '13:24', by: 'henk', kind: 'question', text: 'Who notices if the mailbox export stops on a Friday evening? Today, nobody until Monday.', tags: ['monitoring', 'on-call'] },
          { at: '13:33', by: 'daniel', kind: 'observation', key: 'retirement', text: 'The vendor announces model retirements six months ahead. A version change means re-running the regression set and signing it off before switching.', tags: ['model-updates', 'vendor'] },
          { at: '13:42', by: 'nadia', kind: 'observation', key: 'no-update-owner', text: 'The innovation team’s remit ends at handover. No department has a budget line for model or prompt updates.', tags: ['ownership', 'retraining', 'budget'] },
          { at: '13:53', by: 'tom', kind: 'quote', key: 'manual-fallback', text: '“Nothing breaks at 2 am in AP. If it stops, we key by hand like today.”', tags: ['on-call', 'fallback'] },
        ],
      },
      {
        session: 'Ownership and on-call',
        notes: [
          { at: '14:04', by: 'tom', kind: 'decision', key: 'tom-operating-owner', text: 'Tom will be the operating owner, in AP, after go-live.', tags: ['ownership'] },
          { at: '14:10', by: 'daniel', kind: 'observation', text: 'Data & analytics (three people) can watch the monitoring in office hours. No on-call rota, and none is wanted.', tags: ['on-call', 'monitoring'] },
          { at: '14:18', by: 'henk', kind: 'observation', key: 'service-desk', text: 'The IT service desk can take first-line incidents if there is a runbook and a switch that turns automatic pre-filling off.', tags: ['incident', 'runbook'] },
          { at: '14:27', by: 'priya', kind: 'question', key: 'switch-off', text: 'Who decides to switch it off at month end if the error rate spikes: me, Tom or IT?', tags: ['incident', 'switch-off'] },
          { at: '14:36', by: null, kind: 'observation', key: 'retraining-gap', text: 'Nobody volunteered to own prompt and model changes: Daniel’s team builds, AP lives with the results, and the innovation team leaves.', tags: ['retraining', 'ownership'] },
        ],
      },
      {
        session: 'Security and compliance',
        notes: [
          { at: '15:03', by: 'elif', kind: 'risk', key: 'gdpr', text: 'Confirmed: the pilot sent about 26,000 invoice pages to the vendor’s US endpoint. Invoices carry sole traders’ names and bank details, which are personal data under the GDPR. A DPIA and the EU endpoint are needed before production.', tags: ['gdpr', 'security', 'vendor'] },
          { at: '15:12', by: 'elif', kind: 'observation', key: 'eu-fix', text: 'The vendor’s enterprise terms (zero retention, EU processing) are available under the existing cloud agreement: a configuration change and a contract addendum.', tags: ['gdpr', 'vendor'] },
          { at: '15:20', by: 'elif', kind: 'risk', key: 'injection', text: 'Prompt injection: an invoice can carry text aimed at the model, such as “bank account changed to …”. Extracted bank details must never be used for anything.', tags: ['security', 'fraud'] },
          { at: '15:28', by: 'ruben', kind: 'observation', key: 'retention', text: 'Fiscal retention: invoices and their posting records are kept for seven years.', tags: ['retention', 'compliance'] },
          { at: '15:37', by: 'elif', kind: 'observation', key: 'dpia-time', text: 'A DPIA takes 3 to 4 weeks with the privacy officer; the security review of a connector takes 2 weeks.', tags: ['gdpr', 'timeline'] },
        ],
      },
      {
        session: 'Cost at scale',
        notes: [
          { at: '15:50', by: 'daniel', kind: 'observation', key: 'model-cost-year', text: 'At 1,200 invoices a day and 250 working days: €13,800 a year in model calls with the large model, €1,500 with the small one, and €3,600 of OCR either way.', tags: ['cost', 'model'] },
          { at: '16:00', by: 'ruben', kind: 'observation', key: 'review-cost', text: 'Reviewing 30 % of volume at 1.5 minutes each and €38 an hour: about €85,500 a year, 9 reviewer-hours a day, 1.5 FTE.', tags: ['cost', 'review'] },
          { at: '16:09', by: 'daniel', kind: 'observation', key: 'storage', text: 'About 350 KB per invoice (PDF, OCR text, model output, log). With seven years kept that is about 0.7 TB at steady state: cheap, but it belongs in the document archive, not on a shared drive.', tags: ['storage', 'retention'] },
          { at: '16:18', by: 'ruben', kind: 'observation', key: 'small-model-tradeoff', text: 'The smaller model saves €12,300 a year in API cost, but it needs 10 points more review to let no more errors through, which costs €28,500 more: about €20,000 a year more in total.', tags: ['cost', 'model'] },
          { at: '16:30', by: 'nadia', kind: 'question', text: 'Does the cost model include the add-on licence as an alternative? (Not yet: kept as a separate comparison for Thursday.)', tags: ['build-vs-buy'] },
        ],
      },
      {
        session: 'Day 3 readout',
        notes: [
          { at: '16:50', by: null, kind: 'observation', text: 'Readout: production needs API posting into “pending approval”, review routing, the EU endpoint, monitoring and an owner for model changes. Running cost is driven by review and by errors reaching the match queue, not by the model (€13,800 of €322,000 a year).', tags: ['readout'] },
          { at: '17:02', by: 'elif', kind: 'quote', key: 'elif-condition', text: '“I can sign this off if the data stays in the EU and nothing it reads can change a bank account.”', tags: ['security', 'readout'] },
        ],
      },
    ],
  },
  {
    day: 4,
    area: 'path-to-ship',
    sessions: [
      {
        session: 'Readiness gaps',
        notes: [
          { at: '09:05', by: null, kind: 'observation', key: 'designed-to-demo', text: 'The pilot was designed to show that the model can read invoices. It has no integration, no review queue, no monitoring, no owner for changes, and it used an endpoint outside the EU.', tags: ['readiness', 'purgatory'] },
          { at: '09:16', by: 'daniel', kind: 'observation', key: 'strength-prompt', text: 'Already production-grade: the extraction prompt and the field schema. Everything around them is pilot-grade.', tags: ['readiness'] },
          { at: '09:27', by: 'henk', kind: 'risk', key: 'erp-freeze', text: 'The Q3 ERP upgrade freezes changes to Dynamics from 1 July to mid-August.', tags: ['erp', 'timeline'] },
          { at: '09:38', by: 'tom', kind: 'observation', text: 'The one gap that would stop the launch on its own, in the room’s view: posting into the ERP without the approval workflow.', tags: ['readiness', 'controls'] },
          { at: '09:49', by: 'margit', kind: 'question', key: 'pdf-first', text: 'Can we start with the easy invoices, the born-digital PDFs, and leave the scans for later?', tags: ['scope', 'phasing'] },
          { at: '10:02', by: 'priya', kind: 'observation', key: 'pdf-share', text: 'Born-digital PDFs are about 65 % of volume. Starting there keeps scans and credit notes on the manual path.', tags: ['scope', 'phasing'] },
          { at: '10:15', by: 'daniel', kind: 'assumption', key: 'pdf-accuracy', text: 'Assumption: the accuracy on born-digital PDFs in the random sample (96.8 % of 101 invoices fully right) holds on a larger sample.', tags: ['evaluation'] },
        ],
      },
      {
        session: 'Roadmap',
        notes: [
          { at: '10:50', by: 'tom', kind: 'decision', key: 'four-phases', text: 'Four phases: production-like evaluation; integration and controls; a shadow run through one month end; rollout for born-digital PDFs.', tags: ['roadmap'] },
          { at: '11:02', by: 'henk', kind: 'observation', key: 'integration-week7', text: 'Integration can start in week 7 at the earliest because of the backlog. The shadow run must finish before the July freeze or wait until September.', tags: ['roadmap', 'erp'] },
          { at: '11:14', by: 'priya', kind: 'observation', text: 'Shadow run: the assistant pre-fills, clerks still key and compare, for four weeks that include a month end.', tags: ['shadow', 'roadmap'] },
          { at: '11:26', by: 'daniel', kind: 'action', followUp: { owner: 'daniel', due: null, status: 'open' }, text: 'Daniel labels 1,000 stratified invoices together with AP (two clerks, part time for two weeks).', tags: ['evaluation', 'roadmap'] },
          { at: '11:37', by: 'ruben', kind: 'question', text: 'What are the exit criteria in numbers? “Accuracy is good” will not get through the budget committee.', tags: ['exit-criteria'] },
          { at: '11:48', by: 'tom', kind: 'decision', key: 'exit-criteria', text: 'Exit criteria agreed for every phase. The shadow run passes at 98 % or better on amounts and VAT, with no duplicate or credit-note error reaching posting.', tags: ['exit-criteria'] },
          { at: '12:02', by: null, kind: 'observation', visibility: 'facilitator', text: 'Margit wants rollout before the summer; Henk’s dates say September at best. Raise it at Friday’s recommendation, not in front of the whole team today.', tags: ['dynamics', 'timeline'] },
        ],
      },
      {
        session: 'Lifecycle budget',
        notes: [
          { at: '13:20', by: 'nadia', kind: 'observation', key: 'pilot-budget', text: 'Funded so far: €60,000 from the innovation budget for the pilot, €11,400 of it left. Nothing is budgeted for integration, running cost or review.', tags: ['budget'] },
          { at: '13:31', by: 'ruben', kind: 'observation', key: 'tco', text: 'With the pilot model: about €407,000 in year one (the €85,000 connector included) and about €330,000 a year after that; €1.07 per invoice against €3.20 today.', tags: ['budget', 'tco'] },
          { at: '13:40', by: 'ruben', kind: 'assumption', key: 'breakeven-caveat', text: 'The model’s break-even of under two months assumes every invoice goes through the assistant. With scans and credit notes kept manual (35 %), the saving shrinks by about a third.', tags: ['budget', 'value'] },
          { at: '13:44', by: 'ruben', kind: 'observation', key: 'value-rerun', text: 'Value case re-run: at 70 % touch-free and 30 % reviewed, keying effort falls by about 7.5 FTE-equivalent, which becomes exception and supplier work, and about €30,000 a year in fees is avoided.', tags: ['value', 'budget'] },
          { at: '13:56', by: 'margit', kind: 'decision', key: 'budget-home', text: 'Margit puts integration and year-one running cost into the Q2 budget round under Finance, not under innovation.', tags: ['budget'] },
          { at: '14:10', by: 'tom', kind: 'observation', key: 'addon-compare', text: 'The add-on at €38,000 a year is cheaper than building the connector only if it handles our scans; its vendor demo used clean PDFs too.', tags: ['build-vs-buy'] },
          { at: '14:20', by: 'ruben', kind: 'action', key: 'addon-test', followUp: { owner: 'ruben', due: 5, status: 'open' }, text: 'Ruben asks the add-on vendor for a current quote and a test on the 150-invoice regression set before the budget round.', tags: ['build-vs-buy'] },
        ],
      },
      {
        session: 'Owners',
        notes: [
          { at: '14:34', by: 'tom', kind: 'decision', key: 'owners-named', text: 'Owners named: Tom operates it; Priya runs edge-case review; Daniel monitors; Henk owns the integrations; Margit owns the budget.', tags: ['raci', 'owners'] },
          { at: '14:45', by: 'daniel', kind: 'quote', key: 'daniel-capacity', text: '“I can watch the numbers. I can’t promise to rewrite prompts every time a supplier changes its layout without a person for it.”', tags: ['retraining', 'capacity'] },
          { at: '14:55', by: null, kind: 'observation', key: 'raci-gap', text: 'Retraining (prompt and model changes) is left with nobody responsible and nobody accountable. To be closed before the shadow run.', tags: ['raci', 'retraining'] },
          { at: '15:05', by: 'priya', kind: 'observation', text: 'Priya’s two team leads will need about a day a week each to manage the review queue; Tom confirms they have the time.', tags: ['review', 'capacity'] },
        ],
      },
      {
        session: 'Risks',
        notes: [
          { at: '15:34', by: 'henk', kind: 'risk', text: 'The vendor retires the model version during rollout. Mitigation: the regression set and a tested fallback model.', tags: ['vendor'] },
          { at: '15:45', by: 'ruben', kind: 'risk', key: 'month-end-review', text: 'Month-end peaks of 2,100 invoices a day double the review queue exactly when the team is busiest.', tags: ['month-end', 'review'] },
          { at: '15:56', by: 'priya', kind: 'risk', key: 'corrections-blind', text: 'If clerks feel watched through the correction statistics, they will fix errors in the ERP instead of in the tool, and the monitoring goes blind.', tags: ['change', 'monitoring'] },
          { at: '16:07', by: 'nadia', kind: 'observation', key: 'einvoice-parallel', text: 'Moving the top 40 suppliers to e-invoicing would take 35 % of PDFs off the table by 2027 whatever happens with the AI. Worth doing in parallel.', tags: ['e-invoicing'] },
          { at: '16:18', by: 'margit', kind: 'decision', text: 'Vendor risk accepted with its mitigation; month-end risk reduced by keeping scans on the manual path until rollout is done.', tags: ['risk'] },
        ],
      },
      {
        session: 'Day 4 readout',
        notes: [
          { at: '16:36', by: null, kind: 'observation', text: 'Readout: a conditional go is on the table. The budget has a home; retraining has no owner; integration timing collides with the ERP freeze.', tags: ['readout'] },
          { at: '16:50', by: 'henk', kind: 'quote', text: '“If we start the connector in week 7 we make it. If anything slips, we are in September.”', tags: ['timeline'] },
        ],
      },
    ],
  },
  {
    day: 5,
    area: 'path-to-ship',
    sessions: [
      {
        session: 'Findings review',
        notes: [
          { at: '09:08', by: 'priya', kind: 'decision', key: 'cn-critical', text: 'AP asked to raise the credit-note finding to critical: paying a credit note is money out of the door. Agreed.', tags: ['findings', 'credit-notes'] },
          { at: '09:20', by: 'daniel', kind: 'observation', text: 'The model-choice finding is resolved: the smaller model was compared on evidence and the large one kept.', tags: ['findings'] },
          { at: '09:34', by: 'ruben', kind: 'observation', text: 'Finance accepts the cost model’s figures as the basis for the budget request.', tags: ['cost', 'budget'] },
          { at: '09:47', by: 'tom', kind: 'question', key: 'works-council-finding', text: 'Should the works-council consultation be a finding? Agreed: yes, low, for the rollout phase.', tags: ['works-council'] },
          { at: '10:05', by: null, kind: 'observation', visibility: 'facilitator', text: 'The team accepted every finding; the only pushback was on timing (Margit), as expected.', tags: ['dynamics'] },
        ],
      },
      {
        session: 'Recommendation',
        notes: [
          { at: '10:52', by: 'margit', kind: 'decision', key: 'rec-decision', text: 'Recommendation: conditional go, for born-digital PDF invoices first, with the pilot model, review routing and posting into “pending approval”.', tags: ['recommendation'] },
          { at: '11:05', by: 'ruben', kind: 'observation', text: 'Finance checks the conditions at each phase gate; Ruben keeps the gate log.', tags: ['recommendation', 'conditions'] },
          { at: '11:18', by: 'margit', kind: 'quote', key: 'margit-september', text: '“I’d rather go live in September with controls than in June and explain a paid credit note to the auditors.”', tags: ['recommendation', 'timeline'] },
          { at: '11:31', by: 'nadia', kind: 'observation', key: 'change-rec', text: 'What would change the recommendation: the add-on passing the 150-invoice test at a lower three-year cost.', tags: ['build-vs-buy', 'recommendation'] },
        ],
      },
      {
        session: 'Sign-off',
        notes: [
          { at: '13:06', by: 'margit', kind: 'decision', key: 'signoff', text: 'The sponsor signs off the recommendation and the four-phase plan; the budget request goes to the Q2 round on 3 April.', tags: ['sign-off'] },
          { at: '13:20', by: 'tom', kind: 'decision', text: 'Every phase owner accepted their phase and dates. The retraining owner is still open and is one of the conditions.', tags: ['sign-off', 'raci'] },
          { at: '13:40', by: 'daniel', kind: 'action', followUp: { owner: 'daniel', due: null, status: 'open' }, text: 'Daniel moves the prompts and the matching script into the IT repository by 27 March.', tags: ['code'] },
        ],
      },
      {
        session: 'Deliverables',
        notes: [
          { at: '14:08', by: 'margit', kind: 'observation', text: 'The report goes to the executive team and the audit committee, with participant names replaced: PDF for the committee, Word for Finance.', tags: ['deliverables'] },
          { at: '14:25', by: 'nadia', kind: 'action', followUp: { owner: 'nadia', due: null, status: 'open' }, text: 'Draft report to Tom and Nadia by Wednesday 18 March, final by Friday 20 March.', tags: ['deliverables'] },
        ],
      },
      {
        session: 'Closing readout',
        notes: [
          { at: '15:05', by: null, kind: 'observation', text: 'Closing: conditional go for born-digital PDFs, five conditions, four phases to week 30, owners named for everything but retraining.', tags: ['readout'] },
          { at: '15:18', by: 'priya', kind: 'quote', key: 'priya-first-time', text: '“This is the first time anyone asked AP what production looks like.”', tags: ['operators', 'readout'] },
        ],
      },
    ],
  },
];
