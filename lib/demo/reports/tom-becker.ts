import type { DemoReport } from "@/lib/demo/demo-types";

// Joined a few weeks ago: two conversations, facts only, and a first small request.
export const tomBecker: DemoReport = {
  name: "Tom Becker",
  jobTitle: "Android Engineer",
  team: "Mobile",
  email: "tom.becker@kumo-logistics.example",
  startedDaysAgo: 24,
  addedDaysAgo: 24,
  languages: ["de", "en"],
  cadenceDays: 7,
  conversations: [
    {
      daysAgo: 18,
      setting: "LUNCH",
      durationMinutes: 60,
      openness: 3,
      volunteered: false,
      pulledBackAt: null,
      intention: "Welcome lunch. Help him feel at home; no agenda.",
      insights: [
        { depth: "FACTUAL", topic: "hometown", text: "From Leipzig. Moved to Tokyo three weeks before starting, with his partner, who is doing a postdoc at Todai." },
        { depth: "FACTUAL", topic: "previous-work", text: "Five years on the Android app of a Berlin mobility start-up; left after it was acquired." },
      ],
    },
    {
      daysAgo: 5,
      setting: "COFFEE",
      durationMinutes: 20,
      openness: 4,
      volunteered: true,
      pulledBackAt: null,
      intention: "See how the first weeks feel, and whether anything outside work is getting in the way.",
      insights: [
        { depth: "FACTUAL", topic: "languages", text: "German and English. Japanese lessons twice a week; reads hiragana, practising katakana on the lunch menus." },
        { depth: "FACTUAL", topic: "hobbies", text: "Plays bass in a band back home and is looking for people to jam with in Tokyo." },
      ],
    },
  ],
  followUps: [
    {
      conversationDaysAgo: 5,
      request: "Is there someone who could help me with the ward office? I still haven't registered my new address properly.",
      action: "Get the relocation-support contact from General Affairs and send him the English guide; offer to go along.",
      dueInDays: 3,
      status: "OPEN",
      dropReason: null,
      closedDaysAgo: null,
      milestones: [
        { title: "Ask General Affairs for the relocation contact", dueInDays: -2, doneDaysAgo: 3 },
        { title: "Address registered at the ward office", dueInDays: 10, doneDaysAgo: null },
      ],
    },
  ],
  mission: [],
};
