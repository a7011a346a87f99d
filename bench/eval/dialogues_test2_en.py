"""Second held-out split, test2 (calls en-t41..en-t80) against `en-saas-demo`: wording written fresh.

Same rules and intent as dialogues_test2_ru.py: test2 is scored once, by the
alignment engineer, never during development; no line scores >= 90 (rapidfuzz
ratio, make_corpus.py check) against a script phrase, a train/test line of
dialogues_en.py or a line of the dev modules; operator lines keep some key
words of their stage; client outcome and objection lines are varied, direct
and indirect. `CLOSING_FOR` pairs a sale / meeting answer with a closing that
offered the contract / a demo.
"""

from dialogues_en import (COMPANY, LANGUAGE, OPERATOR_NAMES, OPTIONAL, PROGRESS, ROLES,  # noqa: F401
                          SCRIPT, SLIPS, STAGES)

OPERATOR = {
    "greeting": [
        "Hello, this is {name} from {company}, we make scheduling software for shift teams.",
        "Hi, good morning, {name} here, calling from {company}.",
        "Hi there, my name is {name} and I'm with {company}.",
        "Good afternoon, it's {name} calling from {company}, how are you today?",
        "Hello, {name} at {company} here, hope your day's going well.",
    ],
    "permission": [
        "Have you got two minutes for me right now?",
        "Is it a good time for a quick chat, or should I try later?",
        "Have I caught you at a bad moment, or can you talk?",
        "Would you mind if I took two minutes of your time?",
        "Is now a good time? I promise to keep it to a couple of minutes.",
    ],
    "discovery": [
        "How do you schedule your staff shifts today, roughly?",
        "How many people are on your team, give or take?",
        "What's the most painful part of putting the rota together?",
        "Right now, are you using spreadsheets or some kind of tool for the schedule?",
        "And how do you deal with last minute absences and shift swaps?",
    ],
    "presentation": [
        "With {company}, the rota builds itself automatically from each person's availability.",
        "Your team can swap shifts themselves in the mobile app, no more group texts.",
        "It sends the hours straight to payroll, so no more manual timesheets at the end of the month.",
        "You set the rules once, and a new schedule is generated automatically each week.",
        "It automatically creates the schedule based on who is available and who has the right skills.",
    ],
    "social_proof": [
        "One of our customers, a chain of gyms, cut their scheduling time in half.",
        "A client of ours, a hotel group, saves about ten hours a week since switching.",
        "Teams similar to yours tell us they stopped using spreadsheets within a few weeks.",
        "For example, a clinic we work with reduced no-shows by thirty percent.",
        "A warehouse about your size now builds the rota in minutes instead of a whole afternoon.",
    ],
    "pricing": [
        "It's four dollars per user per month, and that includes the mobile app.",
        "Pricing starts at four dollars per user a month, billed monthly.",
        "Right now the first month is free, so you can try it properly.",
        "You would also get fifteen percent off if you pay annually, that is this quarter only.",
        "Cost wise, it's four dollars a month per user, with no setup costs.",
    ],
    "closing": [
        # 0, 1: a demo; 2, 3: the contract / sign-up; 4: a trial, then a call
        "Could we get a short demo in the diary, say Tuesday or Wednesday?",
        "Shall we schedule a thirty minute demo next week, so you can see it on your own data?",
        "I can send you the contract and a sign up link today, shall we go ahead?",
        "If you're happy, we can get you signed up today, and I'll email the contract over.",
        "Why not start a free trial today, and I'll check in with you next week?",
    ],
    "farewell": [
        "Thanks for your time, enjoy the rest of your day.",
        "Thank you so much, goodbye now.",
        "Appreciate you taking my call, take care.",
        "Lovely to chat, thanks for your time, all the best.",
        "Many thanks, and enjoy your afternoon.",
    ],
}
# which closings a client's sale / meeting answer follows (indices into OPERATOR["closing"])
CLOSING_FOR = {"sale": (2, 3), "meeting": (0, 1)}

CLIENT = {
    "greeting": ["Hi, this is Tom.", "Yes, who's calling?", "Hello, front desk.", "Good morning, go ahead.", "Hiya."],
    "permission": ["Sure, I can spare a couple of minutes.", "Quickly, I've got a meeting soon.", "Yeah, okay, go on.",
                   "I've got five minutes, what is it?", "Go for it."],
    "discovery": ["We've got thirty on the books, half of them students.",
                  "I do it in Excel every Thursday night.",
                  "Swaps are a nightmare, honestly.",
                  "We use a whiteboard in the back office.",
                  "Someone always ends up double booked."],
    "presentation": ["Ah, I see.", "Would it talk to our payroll system?", "Hmm, and the staff would need to download it?",
                     "That sounds handy.", "Can managers override it?"],
    "social_proof": ["Lucky them.", "Wow, not bad.", "Huh, half, really?", "Right, okay then.",
                     "Well, every place is different."],
    "pricing": ["Four per person, okay.", "Is that with tax?", "Hmm, right.", "And the annual plan?", "Fair enough, per head then."],
    "closing": ["Let me see.", "Erm, well.", "Hmm, possibly."],
    "farewell": ["Alright, cheers, bye.", "And you, goodbye.", "Right you are, bye.", "Take care, bye.", "See you."],
}

OBJECTIONS = {
    "price": ["That's more than we pay for everything else put together.",
              "Honestly, we can't afford that right now.",
              "It's too pricey for a team our size.",
              "Our budget for software is already gone this year."],
    "timing": ["Now's really not a good time, we're in the middle of stocktake.",
               "Ask me again after Christmas, we're slammed.",
               "I don't have the headspace for this right now.",
               "We're too busy to change anything this month."],
    "competitor": ["We already have a tool for that, thanks.",
                   "We're locked into a contract with Deputy until next year.",
                   "Honestly, the system we've got does everything we need.",
                   "Head office already chose a scheduler for us."],
    "no_need": ["We're only eight people, we don't need that.",
                "We honestly don't need an app for a rota.",
                "A spreadsheet does the job for us.",
                "It's a family business, we just sort the shifts over dinner."],
}
HANDLING = {
    "price": ["I understand, many small teams start with just the managers and grow from there.",
              "That's fair, and remember you can cancel month to month.",
              "Most teams save more on overtime than the subscription costs.",
              "With the free first month you'd see the benefit before paying a cent."],
    "timing": ["Of course, I'll be really brief.",
               "Totally understand, shall I email you a summary to read later?",
               "No problem, the setup is on us, so it won't take your time.",
               "Sure, we could pencil it in for after the busy period."],
    "competitor": ["Makes sense, lots of our customers came over from Deputy when their contract ended.",
                   "We integrate with most systems, so nothing would be lost.",
                   "A free trial lets you compare both before deciding.",
                   "We migrate your data for you at no cost."],
    "no_need": ["Actually, most of our customers have fewer than fifteen staff.",
                "Even small teams lose hours to last minute changes, that's where it helps.",
                "Then getting started would take less than a quarter of an hour.",
                "Fair enough, could I send a one page overview anyway?"],
}
AFTER_HANDLING = ["Go on, you've got my attention.", "Fine, what else does it do?", "Hmm, alright.", "Go on, I've got a minute.",
                  "Okay, keep going then."]

OUTCOME_CLIENT = {
    "sale": ["Alright, we'll go for it, send the paperwork.",
             "Yeah, sign us up, we'll start on the monthly plan.",
             "Okay, we'll buy it for the whole team.",
             "Email me the contract and I'll sign it today.",
             "Let's get the account set up, I'm sold."],
    "meeting": ["Okay, let's see the demo, Tuesday at ten?",
                "Go on, put me down for Friday morning.",
                "Sure, a demo next week would be good, mornings are best.",
                "Send me a calendar invite for Thursday and I'll take a look.",
                "Yeah, show me how it works, I'm free Wednesday."],
    "callback": ["Can you call me back after lunch?",
                 "Try me again next Tuesday, I'll have spoken to the owner.",
                 "Ring me in a couple of weeks, once things settle.",
                 "Get back to me at the start of next month.",
                 "I need to check with my partner, call me Friday."],
    "refusal": ["Sorry, but it's a no from us.",
                "Thanks, but we really don't need it.",
                "Do me a favour and don't ring this number again.",
                "No, we'll stick with what we have, thank you.",
                "Not for us, I'm afraid, take us off the list."],
}
OUTCOME_OPERATOR = {
    "sale": ["Brilliant, I'll send the contract right away.", "Excellent, welcome aboard, your login is on its way.",
             "Great, I'll get everything set up this afternoon."],
    "meeting": ["Perfect, I'll send the invite now.", "Great, you're booked in.",
                "Wonderful, looking forward to showing you."],
    "callback": ["Sure thing, I'll ring at that time.", "Noted, I'll give you a ring then.", "Of course, I'll be in touch on the day."],
    "refusal": ["No worries, sorry for the interruption.", "Understood, I'll take you off our list.",
                "Alright, thanks for your time anyway."],
}
VAGUE_CLIENT = ["Right, I'll mull it over.", "Sure, we'll see.", "Hmm, could be, who knows.",
                "Okay, noted, I'll look into it sometime."]
HANGUP_CLIENT = ["Sorry, I've got to run, someone's at the door.", "Ah, my other phone's going, bye.",
                 "Look, now's impossible, I'm hanging up, sorry.", "We've just had a rush come in, gotta go."]
HOLD_START = ["Can you hold on a moment, someone's at the counter.", "One sec, let me close the door.",
              "Just a tick, I'm grabbing a pen."]
HOLD_END = ["Sorry about that, where were we?", "Back again, sorry, carry on.", "Right, go ahead now."]
LINE_CHECK = [("Hello? I lost you for a second there.", "I'm here, you're fine now."),
              ("Have I lost you? Hello?", "Yep, still here."),
              ("You're breaking up a little, is that better?", "Crystal clear now.")]
