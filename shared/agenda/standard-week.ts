import type { AgendaTemplate, TemplateSession } from '../domain/agenda-template';

function pause(title: string, start: string, end: string): TemplateSession {
  return { title, kind: 'break', area: null, start, end, goal: '', questions: [] };
}

/**
 * The built-in audit week: one day per audit area, then the readout day. Every day ends with a
 * short readout of its findings, and the guiding questions together cover everything the week
 * must surface, including the four reasons pilots stall.
 */
export const STANDARD_WEEK: AgendaTemplate = {
  name: 'Standard audit week',
  description:
    'Five days on one pilot: problem fit, approach, production requirements and path to ship, then the readout. Each day ends with a short readout of its findings.',
  days: [
    {
      title: 'Problem fit',
      area: 'problem-fit',
      sessions: [
        {
          title: 'Kickoff',
          kind: 'session',
          area: null,
          start: '09:00',
          end: '09:45',
          goal: 'Agree on the one pilot under audit, the decision the week must support and how the five days will run.',
          questions: [
            {
              text: 'In one sentence, what does the pilot do, for whom, and where is it today?',
              source: { framework: 'Microsoft RAI Impact Assessment', ref: 'Section 1: System information' },
            },
            { text: 'What decision should this week let you make on Friday, and who makes it?' },
            { text: 'What would make you say on Friday that this week was a waste of time?' },
            { text: 'Which parts of the pilot are off limits this week, and why?' },
          ],
        },
        {
          title: 'Current-process walkthrough',
          kind: 'session',
          area: 'problem-fit',
          start: '09:45',
          end: '10:45',
          goal: 'Walk through how the work is done today, step by step, and what it costs.',
          questions: [
            { text: 'Take the last real case and walk us through it start to finish: who touched it, with which tools, and how long did each step take?' },
            { text: 'How many cases a day does the current process handle, and what does one case cost in staff time and money?' },
            { text: 'Where does today’s process go wrong, how often, and what does one mistake cost?' },
            { text: 'Which steps rely on judgement that is written down nowhere?' },
            { text: 'What workarounds have people built that the official process does not show?' },
          ],
        },
        pause('Break', '10:45', '11:00'),
        {
          title: 'Value sizing',
          kind: 'session',
          area: 'problem-fit',
          start: '11:00',
          end: '12:15',
          goal: 'Put a number on the value the pilot adds over today’s process and show where each number comes from.',
          questions: [
            {
              text: 'If the pilot works as hoped, what changes in numbers each month: hours saved, errors avoided, revenue gained?',
              source: { framework: 'NIST AI RMF', ref: 'MAP 1.4' },
            },
            { text: 'What does the current process cost a year, all in, and how much of that cost would the pilot actually remove?' },
            { text: 'Which of these numbers are measured and which are estimates, and who would stand behind them?' },
            {
              text: 'What benefit would you need to see after a year to call this worth doing?',
              source: { framework: 'NIST AI RMF', ref: 'MAP 3.1' },
            },
            { text: 'What new costs would the pilot bring that today’s process does not have, in money or otherwise?' },
          ],
        },
        pause('Lunch', '12:15', '13:15'),
        {
          title: 'Success metrics',
          kind: 'session',
          area: 'problem-fit',
          start: '13:15',
          end: '14:15',
          goal: 'Agree on the few measures that will show, in production, whether the pilot succeeded.',
          questions: [
            {
              text: 'Which one or two success metrics will tell you, six months after launch, that this worked?',
              source: { framework: 'PAIR Guidebook', ref: 'Chapter 1: User Needs + Defining Success' },
            },
            { text: 'Who measures those metrics today, and what is the baseline?' },
            {
              text: 'Which is worse here: a case the system misses, or a case it flags wrongly, and by how much?',
              source: { framework: 'PAIR Guidebook', ref: 'Chapter 1: User Needs + Defining Success' },
            },
            {
              text: 'What side effects would count as failure even if the headline metric improves?',
              source: { framework: 'PAIR Guidebook', ref: 'Chapter 1: User Needs + Defining Success' },
            },
            { text: 'Who owns the outcome: whose targets move when these metrics move?' },
          ],
        },
        {
          title: 'Non-AI alternatives',
          kind: 'session',
          area: 'problem-fit',
          start: '14:15',
          end: '15:15',
          goal: 'Test whether a simpler change without AI would deliver most of the value for less cost and risk.',
          questions: [
            {
              text: 'What would a simpler non-AI fix look like: a rule, a form, a checklist, a report, a change to the process?',
              source: { framework: 'NIST AI RMF', ref: 'MANAGE 2.1' },
            },
            { text: 'How much of the value would that simpler fix capture, and at what cost?' },
            {
              text: 'Should the system help a person do the step, or take the step over entirely?',
              source: { framework: 'PAIR Guidebook', ref: 'Chapter 1: User Needs + Defining Success' },
            },
            {
              text: 'What evidence says this problem needs AI rather than better data, tools or training?',
              source: { framework: 'PAIR Guidebook', ref: 'Chapter 1: User Needs + Defining Success' },
            },
            { text: 'Has anyone tried to fix this before without AI, and why did that stop?' },
          ],
        },
        pause('Break', '15:15', '15:30'),
        {
          title: 'Stakeholder map',
          kind: 'session',
          area: 'problem-fit',
          start: '15:30',
          end: '16:30',
          goal: 'Map who benefits, who bears the risk, who will operate the system and who decides, and see who is missing.',
          questions: [
            { text: 'Who sponsors the pilot, and who would sponsor the production system: is it the same person?' },
            { text: 'Who will operate this system day to day, and are the operators in the room this week? If not, who speaks for them?' },
            {
              text: 'Who is affected by its outputs without ever using it, and how would they find out about a mistake?',
              source: { framework: 'Microsoft RAI Impact Assessment', ref: 'Section 2: Stakeholders, benefits and harms' },
            },
            { text: 'Who can stop the rollout: IT, security, legal, works council, finance?' },
            { text: 'Who holds the know-how the system would need today, and what do they gain or lose from it?' },
          ],
        },
        {
          title: 'Day 1 readout',
          kind: 'readout',
          area: 'problem-fit',
          start: '16:30',
          end: '17:00',
          goal: 'Play back the day’s findings on problem fit and check them with the team before they go on the board.',
          questions: [
            { text: 'In one sentence, is the problem we heard about today the one worth solving?' },
            { text: 'Which of today’s figures do we trust, and which need checking before tomorrow?' },
            { text: 'What did we hear today that the sponsor had not heard before?' },
          ],
        },
      ],
    },
    {
      title: 'Approach',
      area: 'approach',
      sessions: [
        {
          title: 'Pilot architecture',
          kind: 'session',
          area: 'approach',
          start: '09:00',
          end: '10:30',
          goal: 'Understand how the pilot works end to end and which parts of it were built only for the demo.',
          questions: [
            { text: 'What happens between input and output in the pilot today: which systems, models, prompts, scripts and manual steps?' },
            { text: 'Which parts were set up or run by hand for the demo, and what would have to be rebuilt for daily use?' },
            {
              text: 'Where does the pilot depend on one person’s laptop, notebook, account or spreadsheet?',
              source: { framework: 'Hidden Technical Debt in ML', ref: 'System anti-patterns: pipeline jungles' },
            },
            {
              text: 'If you changed one input, prompt or threshold, what else would change with it?',
              source: { framework: 'Hidden Technical Debt in ML', ref: 'Boundary erosion: entanglement' },
            },
            {
              text: 'Who already uses the pilot’s outputs, including reports and spreadsheets nobody planned for?',
              source: { framework: 'Hidden Technical Debt in ML', ref: 'Boundary erosion: undeclared consumers' },
            },
            {
              text: 'Could you rebuild the pilot from scratch and get the same results?',
              source: { framework: 'ML Test Score', ref: 'Infra 1' },
            },
          ],
        },
        pause('Break', '10:30', '10:45'),
        {
          title: 'Data review',
          kind: 'session',
          area: 'approach',
          start: '10:45',
          end: '12:30',
          goal: 'Compare the data the pilot was built and tested on with the data production will actually send it.',
          questions: [
            {
              text: 'Where did the pilot’s data come from, and who cleaned, filtered or labelled it by hand?',
              source: { framework: 'Microsoft RAI Impact Assessment', ref: 'Section 4: Data requirements' },
            },
            {
              text: 'How does the clean pilot data differ from the messy production data: missing fields, typos, scans, other languages, odd formats?',
              source: { framework: 'NIST AI RMF', ref: 'MAP 2.3' },
            },
            {
              text: 'Which upstream systems feed the data, who owns them, and who tells you when they change?',
              source: { framework: 'ML Test Score', ref: 'Monitor 1' },
            },
            {
              text: 'What must every input look like for the system to work, and is that written down and checked?',
              source: { framework: 'ML Test Score', ref: 'Data 1' },
            },
            {
              text: 'What personal or confidential data passes through it, and who is allowed to see it?',
              source: { framework: 'ML Test Score', ref: 'Data 5' },
            },
            {
              text: 'Will the system’s own outputs end up in the data it is later trained or judged on?',
              source: { framework: 'Hidden Technical Debt in ML', ref: 'Feedback loops' },
            },
          ],
        },
        pause('Lunch', '12:30', '13:30'),
        {
          title: 'Evaluation review',
          kind: 'session',
          area: 'approach',
          start: '13:30',
          end: '15:00',
          goal: 'Judge whether the pilot’s reported accuracy would hold on production-like data.',
          questions: [
            {
              text: 'What exactly was the pilot’s accuracy measured on: how many cases, from when, and who chose them?',
              source: { framework: 'NIST AI RMF', ref: 'MEASURE 2.1' },
            },
            {
              text: 'Has it been evaluated on production-like data, such as a recent unfiltered sample of real cases?',
              source: { framework: 'NIST AI RMF', ref: 'MEASURE 2.3' },
            },
            {
              text: 'How does it do on the hard slices: rare case types, new customers, other languages, poor scans?',
              source: { framework: 'ML Test Score', ref: 'Model 6' },
            },
            {
              text: 'Does the offline score predict the business result you care about, and what is the evidence?',
              source: { framework: 'ML Test Score', ref: 'Model 2' },
            },
            {
              text: 'Who outside the team that built it has checked the results?',
              source: { framework: 'NIST AI RMF', ref: 'MEASURE 1.3' },
            },
          ],
        },
        pause('Break', '15:00', '15:15'),
        {
          title: 'Model and vendor choice',
          kind: 'session',
          area: 'approach',
          start: '15:15',
          end: '16:30',
          goal: 'Check the choice of model and vendor against simpler models, building versus buying, and production limits.',
          questions: [
            { text: 'Why this model and this vendor: what else was compared, and on which criteria?' },
            {
              text: 'Has a simpler model, a rules baseline or a smaller, cheaper model been tried on the same data, and how far behind is it?',
              source: { framework: 'ML Test Score', ref: 'Model 5' },
            },
            { text: 'Build or buy: what would a packaged product cover, and what would you still have to build yourselves?' },
            {
              text: 'What happens if the vendor changes the model, the price or the terms, or goes away?',
              source: { framework: 'NIST AI RMF', ref: 'MANAGE 3.1' },
            },
            { text: 'Does the choice fit production limits: response time, where data may be processed, daily volume, price per call?' },
          ],
        },
        {
          title: 'Day 2 readout',
          kind: 'readout',
          area: 'approach',
          start: '16:30',
          end: '17:00',
          goal: 'Play back the day’s findings on the approach and check them with the team before they go on the board.',
          questions: [
            { text: 'Would we trust the pilot’s accuracy figure on next Monday’s real cases, and why?' },
            { text: 'What is the single biggest difference between the data the pilot saw and the data production will send?' },
            { text: 'Is the model choice justified, or is a simpler option still open?' },
          ],
        },
      ],
    },
    {
      title: 'Production requirements',
      area: 'production-requirements',
      sessions: [
        {
          title: 'Failure modes and error cost',
          kind: 'session',
          area: 'production-requirements',
          start: '09:00',
          end: '10:00',
          goal: 'List how the system can fail, what each failure costs downstream and how many failures to expect each day.',
          questions: [
            {
              text: 'How can it go wrong: a wrong answer, no answer, a confident invention, a slow answer, an outage? Which have you already seen?',
              source: { framework: 'PAIR Guidebook', ref: 'Chapter 6: Errors + Graceful Failure' },
            },
            {
              text: 'Follow one wrong output downstream: who acts on it, where does it cause harm, and what does it cost when nobody catches it?',
              source: { framework: 'NIST AI RMF', ref: 'MAP 3.2' },
            },
            { text: 'At planned production volume, what is the most wrong outputs per day the business can live with, and what accuracy does that require?' },
            {
              text: 'Which hurts more, false alarms or misses, and who pays for each?',
              source: { framework: 'Microsoft RAI Impact Assessment', ref: 'Section 3: Potential impact of failure' },
            },
            {
              text: 'When it fails, does it fail safely back to the old process, or silently?',
              source: { framework: 'NIST AI RMF', ref: 'MEASURE 2.6' },
            },
          ],
        },
        {
          title: 'Human review',
          kind: 'session',
          area: 'production-requirements',
          start: '10:00',
          end: '10:45',
          goal: 'Decide which outputs a person reviews, who that person is and what the review costs.',
          questions: [
            {
              text: 'Which outputs does a person check before they take effect, and which are only spot-checked afterwards?',
              source: { framework: 'Microsoft RAI Impact Assessment', ref: 'Section 2: Role of humans' },
            },
            {
              text: 'Who reviews edge cases and low-confidence outputs, how do those cases reach them, and how fast must they respond?',
              source: { framework: 'NIST AI RMF', ref: 'MAP 3.5' },
            },
            { text: 'How many minutes does one review take, and how many reviewers does production volume need?' },
            {
              text: 'How do reviewers correct the system, and does anyone use those corrections?',
              source: { framework: 'PAIR Guidebook', ref: 'Chapter 5: Feedback + Control' },
            },
            {
              text: 'How will you stop reviewers from rubber-stamping a system that is usually right?',
              source: { framework: 'PAIR Guidebook', ref: 'Chapter 4: Explainability + Trust' },
            },
          ],
        },
        pause('Break', '10:45', '11:00'),
        {
          title: 'Integration map',
          kind: 'session',
          area: 'production-requirements',
          start: '11:00',
          end: '12:00',
          goal: 'Map every system the pilot must read from and write to in production, and who builds and owns each link.',
          questions: [
            { text: 'Which systems must it connect to in production, such as the CRM, ERP, ticketing, email or document store, and which of those links exist today?' },
            { text: 'Where in the existing workflow does the output show up, and what does the user do with it next?' },
            { text: 'Who owns each connected system, and what are its release calendar and change process?' },
            { text: 'What happens to a case when a connected system is down or slow?' },
            {
              text: 'What glue code, exports or copy-and-paste hold the pilot together today?',
              source: { framework: 'Hidden Technical Debt in ML', ref: 'System anti-patterns: glue code' },
            },
          ],
        },
        pause('Lunch', '12:00', '13:00'),
        {
          title: 'Monitoring and maintenance',
          kind: 'session',
          area: 'production-requirements',
          start: '13:00',
          end: '14:00',
          goal: 'Define what is watched in production, how the model is updated and retrained, and what happens when it breaks at night.',
          questions: [
            {
              text: 'What will you monitor in production: input quality, output quality, response time, cost? Who looks, and how often?',
              source: { framework: 'NIST AI RMF', ref: 'MEASURE 2.4' },
            },
            {
              text: 'How would you notice a slow slide in quality on live cases, not just an outage?',
              source: { framework: 'ML Test Score', ref: 'Monitor 7' },
            },
            {
              text: 'How often will the model, prompts or vendor version need updating or retraining, who does it, and how is a new version checked before release?',
              source: { framework: 'ML Test Score', ref: 'Infra 4' },
            },
            {
              text: 'If a new version turns out worse, how quickly can you roll back to the previous one?',
              source: { framework: 'ML Test Score', ref: 'Infra 7' },
            },
            {
              text: 'It is 2am and the system is producing wrong outputs: who gets paged, what do they see, and can they switch it off?',
              source: { framework: 'NIST AI RMF', ref: 'MANAGE 4.1' },
            },
          ],
        },
        {
          title: 'Ownership and on-call',
          kind: 'session',
          area: 'production-requirements',
          start: '14:00',
          end: '14:45',
          goal: 'Name the operating owner and the people who monitor, retrain, review and respond to incidents.',
          questions: [
            {
              text: 'Who is the operating owner once the pilot team moves on, by name and role?',
              source: { framework: 'NIST AI RMF', ref: 'GOVERN 2.1' },
            },
            { text: 'Who is on call for it, during which hours, and is that written into anyone’s job?' },
            {
              text: 'Who may switch it off, and who can overrule that decision?',
              source: { framework: 'NIST AI RMF', ref: 'MANAGE 2.4' },
            },
            {
              text: 'If the person who built the pilot left tomorrow, how long would it take someone new to run it?',
              source: { framework: 'Hidden Technical Debt in ML', ref: 'Closing questions' },
            },
          ],
        },
        pause('Break', '14:45', '15:00'),
        {
          title: 'Security and compliance',
          kind: 'session',
          area: 'production-requirements',
          start: '15:00',
          end: '15:45',
          goal: 'Find the security, privacy and regulatory requirements production must meet before launch.',
          questions: [
            {
              text: 'Which laws, regulations and internal policies apply to this use, and who has confirmed that?',
              source: { framework: 'NIST AI RMF', ref: 'GOVERN 1.1' },
            },
            {
              text: 'What data leaves your network, to which vendor, under what contract, and how long is it kept there?',
              source: { framework: 'NIST AI RMF', ref: 'MEASURE 2.10' },
            },
            {
              text: 'How could someone misuse or attack it: manipulated inputs, prompt injection, pulling out confidential data?',
              source: { framework: 'NIST AI RMF', ref: 'MEASURE 2.7' },
            },
            { text: 'Who must approve it before it goes live, and how long does that approval usually take?' },
            { text: 'What record of inputs, outputs and decisions must you keep, and for how long?' },
          ],
        },
        {
          title: 'Cost at scale',
          kind: 'session',
          area: 'production-requirements',
          start: '15:45',
          end: '16:45',
          goal: 'Price the system at production volume, not pilot volume, over a full year.',
          questions: [
            { text: 'What is the cost per query at production volume, with every model call and retry included, and how does it compare with the pilot?' },
            { text: 'What does a month of running cost at full volume: infrastructure, licences, reviewers, support?' },
            { text: 'How much storage does each case add in inputs, outputs, logs and audit records, and how much will you hold after a year?' },
            { text: 'Which costs grow with volume and which stay fixed?' },
            { text: 'At what volume does the system become cheaper than today’s process, if ever?' },
          ],
        },
        {
          title: 'Day 3 readout',
          kind: 'readout',
          area: 'production-requirements',
          start: '16:45',
          end: '17:15',
          goal: 'Play back what production will require and check it with the team before it goes on the board.',
          questions: [
            { text: 'What are the three things production needs that the pilot does not have today?' },
            { text: 'Is the expected daily error count acceptable to the people who will live with it?' },
            { text: 'Who agreed today to own something, and what is still without an owner?' },
          ],
        },
      ],
    },
    {
      title: 'Path to ship',
      area: 'path-to-ship',
      sessions: [
        {
          title: 'Readiness gaps',
          kind: 'session',
          area: 'path-to-ship',
          start: '09:00',
          end: '10:30',
          goal: 'Measure the distance between the pilot and production and test it for the reasons pilots stall.',
          questions: [
            { text: 'Was the pilot designed to succeed as a demo or to be deployed, and what did it leave out to look good?' },
            { text: 'Were the technical choices made for production scale: cost per query, storage, accuracy at volume?' },
            { text: 'Which of this week’s requirements does the pilot already meet, which need work, and which are still unknown?' },
            {
              text: 'How much of building, testing, releasing and watching the model is manual today, and how much must be automated before launch?',
              source: { framework: 'MLOps maturity', ref: 'Levels 0–4' },
            },
            { text: 'Which single gap, left open, would stop the launch on its own?' },
          ],
        },
        pause('Break', '10:30', '10:45'),
        {
          title: 'Roadmap',
          kind: 'session',
          area: 'path-to-ship',
          start: '10:45',
          end: '12:15',
          goal: 'Lay out the phases from pilot to production with milestones, owners and exit criteria.',
          questions: [
            {
              text: 'What are the phases from here to production, and what does each one deliver?',
              source: { framework: 'MLOps maturity', ref: 'Levels 0–4' },
            },
            { text: 'For each phase: what is the milestone, who owns it, by which week, and what exit criteria must it meet before the next phase starts?' },
            {
              text: 'How will it roll out: in shadow mode, to a small group first, at one site?',
              source: { framework: 'ML Test Score', ref: 'Infra 6' },
            },
            { text: 'Which of this week’s findings does each phase close?' },
            { text: 'What is the earliest date a real user relies on it, and what has to be true by then?' },
          ],
        },
        pause('Lunch', '12:15', '13:15'),
        {
          title: 'Lifecycle budget',
          kind: 'session',
          area: 'path-to-ship',
          start: '13:15',
          end: '14:30',
          goal: 'Build a budget for the whole lifecycle, from integration to years of running, not just the next phase.',
          questions: [
            { text: 'Was only the pilot funded, and who has agreed to pay for integration, running and maintenance after it?' },
            { text: 'What is the full-lifecycle budget over three years: one-off build and integration, monthly running, reviewers, monitoring, retraining and support?' },
            { text: 'Which budget does each cost come out of, and who signs it off?' },
            { text: 'What happens to the plan if production volume turns out twice what you expect, or half?' },
          ],
        },
        {
          title: 'Owners',
          kind: 'session',
          area: 'path-to-ship',
          start: '14:30',
          end: '15:15',
          goal: 'Put a named person against running, monitoring, retraining, edge-case review and incident response.',
          questions: [
            {
              text: 'Who operates it day to day after launch, and have they agreed?',
              source: { framework: 'NIST AI RMF', ref: 'GOVERN 2.1' },
            },
            { text: 'Did the operators help shape the pilot, or will they first see it at go-live?' },
            { text: 'For monitoring, retraining, edge-case review and incident response: who does the work, who answers for it, who is consulted and who is kept informed?' },
            { text: 'Do these people have the time, and has their manager agreed?' },
            {
              text: 'Which executive takes responsibility for the risk decisions?',
              source: { framework: 'NIST AI RMF', ref: 'GOVERN 2.3' },
            },
          ],
        },
        pause('Break', '15:15', '15:30'),
        {
          title: 'Risks',
          kind: 'session',
          area: 'path-to-ship',
          start: '15:30',
          end: '16:30',
          goal: 'Rank the risks to the path to ship and decide how each one will be handled.',
          questions: [
            {
              text: 'Which risks could stall or sink the rollout, and how likely and how damaging is each?',
              source: { framework: 'NIST AI RMF', ref: 'MANAGE 1.2' },
            },
            {
              text: 'For each top risk, will you reduce it, transfer it, avoid it or accept it, and who decides?',
              source: { framework: 'NIST AI RMF', ref: 'MANAGE 1.3' },
            },
            { text: 'Which assumptions behind this plan have not been tested yet?' },
            {
              text: 'What change outside your control, in regulation, the vendor, volumes or customer behaviour, would break the plan?',
              source: { framework: 'Hidden Technical Debt in ML', ref: 'Changes in the external world' },
            },
          ],
        },
        {
          title: 'Day 4 readout',
          kind: 'readout',
          area: 'path-to-ship',
          start: '16:30',
          end: '17:00',
          goal: 'Play back the path to ship and check it with the team before it goes on the board.',
          questions: [
            { text: 'Do the owners named today believe they can deliver this roadmap?' },
            { text: 'How far apart are the budget needed and the budget agreed?' },
            { text: 'Which risk worries the operators most?' },
          ],
        },
      ],
    },
    {
      title: 'Readout',
      area: null,
      sessions: [
        {
          title: 'Findings review',
          kind: 'session',
          area: null,
          start: '09:00',
          end: '10:30',
          goal: 'Walk the findings board area by area, confirm the evidence and settle severities with the team.',
          questions: [
            { text: 'Does each finding say what we saw, with evidence, in words the team accepts?' },
            { text: 'Which findings are critical, meaning launch should wait until they are fixed?' },
            { text: 'Is anything raised this week missing from the board?' },
            { text: 'Where do views in the team differ, and how should the report record that?' },
          ],
        },
        pause('Break', '10:30', '10:45'),
        {
          title: 'Recommendation',
          kind: 'session',
          area: null,
          start: '10:45',
          end: '12:00',
          goal: 'Agree on go, conditional go, pivot or stop, with the reasons and any conditions.',
          questions: [
            {
              text: 'Given the findings, is it go, conditional go, pivot or stop, and what are the three main reasons?',
              source: { framework: 'NIST AI RMF', ref: 'MANAGE 1.1' },
            },
            { text: 'If conditional go, what are the conditions, who checks them, and by when?' },
            { text: 'If pivot, to which problem or approach, and what carries over?' },
            { text: 'What new evidence would change the recommendation?' },
          ],
        },
        pause('Lunch', '12:00', '13:00'),
        {
          title: 'Sign-off',
          kind: 'session',
          area: null,
          start: '13:00',
          end: '14:00',
          goal: 'Have the sponsor and the named owners accept the recommendation, the roadmap and their part in it.',
          questions: [
            {
              text: 'Does the sponsor accept the recommendation, and if not, what would they need to see?',
              source: { framework: 'Microsoft RAI Impact Assessment', ref: 'Section 5: Summary of impact' },
            },
            { text: 'Has each owner on the roadmap accepted their phase, milestones and dates?' },
            { text: 'What decision or money is needed next, from whom, and by when?' },
            { text: 'Which questions stay open, and who will close each one?' },
          ],
        },
        {
          title: 'Deliverables',
          kind: 'session',
          area: null,
          start: '14:00',
          end: '15:00',
          goal: 'Agree what the final report contains, who receives it, in which form and by when.',
          questions: [
            { text: 'Who will read the final report, and what decision must it help them make?' },
            { text: 'What must be left out or anonymised: names, private notes, confidential figures?' },
            { text: 'Which form does each reader need: PDF, Word, the board as a picture, the raw notes?' },
            { text: 'When is the report due, and who reviews the draft?' },
          ],
        },
        {
          title: 'Closing readout',
          kind: 'readout',
          area: null,
          start: '15:00',
          end: '15:30',
          goal: 'Close the week by restating the recommendation, the next steps and who owns them.',
          questions: [
            { text: 'What is the recommendation, in one sentence everyone here would repeat?' },
            { text: 'What happens next Monday, and who does it?' },
            { text: 'What did this week change in how you see the pilot?' },
          ],
        },
      ],
    },
  ],
};
