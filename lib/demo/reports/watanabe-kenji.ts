import type { DemoReport } from "@/lib/demo/demo-types";

// A veteran who has seen many managers come and go: reserved at first, trust built
// slowly at a monthly pace, and one request dropped because his own plans changed.
export const watanabeKenji: DemoReport = {
  name: "Kenji Watanabe",
  jobTitle: "Staff Infrastructure Engineer",
  team: "Infrastructure",
  email: "kenji.watanabe@kumo-logistics.example",
  startedDaysAgo: 6790,
  addedDaysAgo: 215,
  languages: ["ja", "en"],
  cadenceDays: 30,
  conversations: [
    {
      daysAgo: 211,
      setting: "LUNCH",
      durationMinutes: 60,
      openness: 2,
      volunteered: false,
      pulledBackAt: null,
      intention: "First real conversation since I took over the team. Listen; he has seen five managers come and go.",
      insights: [
        { depth: "FACTUAL", topic: "previous-work", text: "Joined nearly twenty years ago as the third infrastructure hire. Before that, two years of night shifts at a bank's data centre in Chiba." },
        { depth: "FACTUAL", topic: "hobbies", text: "Fishing in mountain streams (渓流釣り), usually Okutama. Up at four on Sundays." },
      ],
    },
    {
      daysAgo: 181,
      setting: "OTHER",
      durationMinutes: 15,
      openness: 3,
      volunteered: false,
      pulledBackAt: null,
      intention: "Ramen on the way back from the evening maintenance window. Thank him properly.",
      insights: [
        { depth: "FACTUAL", topic: "hometown", text: "Grew up in Matsumoto, Nagano. His parents still live there, both in their eighties." },
        { depth: "FACTUAL", topic: "family", text: "Two kids; his daughter has high-school entrance exams this winter. He drives her to cram school on Tuesdays, so no late meetings that day." },
      ],
    },
    {
      daysAgo: 150,
      setting: "WALK",
      durationMinutes: 30,
      openness: 3,
      volunteered: false,
      pulledBackAt: null,
      intention: "Ask how the infrastructure grew: his story, not the architecture.",
      insights: [
        { depth: "CAUSATIVE", topic: "why-this-company", text: "Stayed this long because every few years the company let him rebuild something from scratch: \"I never had to leave to start over.\"" },
        { depth: "CAUSATIVE", topic: "career-moves", text: "Turned down the manager track twice. Likes being the one who knows where the cables go, and does not want meetings to take that away." },
      ],
    },
    {
      daysAgo: 119,
      setting: "LUNCH",
      durationMinutes: 45,
      openness: 4,
      volunteered: false,
      pulledBackAt: null,
      intention: "Monthly lunch. Ask how his parents are doing only if he brings them up.",
      insights: [
        { depth: "CAUSATIVE", topic: "why-interests", text: "Fishing is the only time he doesn't think about alerts. Says rivers taught him more patience than pagers did." },
        { depth: "FACTUAL", topic: "languages", text: "Reads English docs every day and writes excellent postmortems in English, but dislikes speaking in English meetings; prefers to prepare in writing." },
      ],
    },
    {
      daysAgo: 86,
      setting: "ONE_ON_ONE",
      durationMinutes: 40,
      openness: 4,
      volunteered: true,
      pulledBackAt: null,
      intention: "Catch up after the transfer question was settled; make sure he doesn't feel he asked for too much.",
      insights: [
        { depth: "VALUES", topic: "hard-times", text: "The big outage years ago: thirty hours awake. The CTO at the time came in with onigiri and stayed all night without asking a single question. That is what he thinks a leader should do." },
      ],
    },
    {
      daysAgo: 52,
      setting: "COFFEE",
      durationMinutes: 25,
      openness: 4,
      volunteered: false,
      pulledBackAt: null,
      intention: "Understand what he wants to leave behind for the team.",
      insights: [
        { depth: "VALUES", topic: "would-change", text: "Would change how we talk about \"legacy\": the word makes people ashamed of systems that paid everyone's salary for years." },
        { depth: "VALUES", topic: "for-others", text: "Wants the infrastructure to reach a state where nobody needs him at 3am. Writing down what is only in his head is his way of looking after the younger ones." },
      ],
    },
    {
      daysAgo: 20,
      setting: "LUNCH",
      durationMinutes: 50,
      openness: 5,
      volunteered: true,
      pulledBackAt: null,
      intention: "Ask how the documentation days are going, and listen.",
      insights: [
        { depth: "VALUES", topic: "proudest", text: "Proudest not of any system but of the three juniors he trained who now lead teams elsewhere. They still send him New Year cards." },
        { depth: "VALUES", topic: "mentors", text: "The same CTO from the outage story taught him to \"leave the server room cleaner than you found it\". He applies it to code." },
      ],
    },
  ],
  followUps: [
    {
      conversationDaysAgo: 150,
      request: "At some point I'd like to be closer to my parents. Could I work from Matsumoto two weeks a month?",
      action: "Check the remote-work rules for long stays outside Tokyo and what on-call would need.",
      dueInDays: -110,
      status: "DROPPED",
      dropReason: "His parents decided to move in with his sister in Hachioji, so he asked to close this. We agreed to reopen it if anything changes.",
      closedDaysAgo: 96,
      milestones: [
        { title: "Ask HR about remote work from outside the Tokyo area", dueInDays: -135, doneDaysAgo: 138 },
      ],
    },
    {
      conversationDaysAgo: 52,
      request: "I'd like two days a month with no tickets, just for writing documentation.",
      action: "Protect two days a month in sprint planning, and tell the team it is on purpose.",
      dueInDays: 10,
      status: "IN_PROGRESS",
      dropReason: null,
      closedDaysAgo: null,
      milestones: [
        { title: "Mark the documentation days in the team calendar", dueInDays: -45, doneDaysAgo: 47 },
        { title: "Review after two months: are the days really protected?", dueInDays: 10, doneDaysAgo: null },
      ],
    },
  ],
  mission: [],
};
