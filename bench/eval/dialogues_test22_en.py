"""Twenty-second held-out split, test22 (calls en-a41..en-a80) against `en-saas-demo`: wording written fresh.

Same rules and intent as dialogues_test22_ru.py: test22 is one more batch
nobody has scored, kept back (in eval_alignment's UNSCORED) for whoever
measures a later change to the alignment, once. No line scores >= 90
(rapidfuzz ratio, make_corpus.py check) against a script phrase, a train/test
line of dialogues_en.py or a line of the dev, dev2, test2 .. test21 modules;
operator lines keep some key words of their stage; written without looking at
callqa's outcome cue lists or its outcome/alignment code. Client personas
other than test2..test21: an organ-building workshop voicing its pipes, a
falconry centre at feeding time, a salt mine museum with tours going down the
shaft, a kite-surfing school waiting on the wind, and a seed bank with its
freezers and lab.

`CLOSING_FOR` pairs a sale / meeting answer with a closing that offered it:
0, 1 a demo (0 in person); 2, 3 the contract / sign-up; 4 a free trial, then a call.
"""

from dialogues_en import (COMPANY, LANGUAGE, OPERATOR_NAMES, OPTIONAL, PROGRESS, ROLES,  # noqa: F401
                          SCRIPT, SLIPS, STAGES)

OPERATOR = {
    "greeting": [
        "Hello, hi! {name} speaking, I'm ringing from {company}.",
        "Morning, you're through to {name}, part of the team at {company}.",
        "Hiya, my name's {name}, I'm with a scheduling firm called {company}.",
        "Hello, is that the manager? It's {name}, from {company}.",
        "Afternoon! {name} calling, {company}, we make rota software.",
    ],
    "permission": [
        "Is this a terrible moment, or can I have a couple of minutes?",
        "Could you lend me a minute or two of your morning?",
        "Is now okay, or have I rung mid-crisis?",
        "Would you let me explain why I'm calling? It's quick.",
        "Have you got two minutes before you dash off?",
    ],
    "discovery": [
        "Who builds the weekly schedule at your place, and how?",
        "Roughly how big is the team you're scheduling?",
        "Which part of the rota gives you grey hairs every week?",
        "When people swap or call in sick at short notice, what happens?",
        "Do you keep the schedule in a spreadsheet, on paper, or in an app?",
    ],
    "presentation": [
        "Your people tell {company} when they're free, and it drafts the rota for you.",
        "Swaps happen in the app between staff, and you just tap approve.",
        "Worked hours flow into payroll automatically, no more chasing timesheets.",
        "Set your rules once, breaks, qualifications, max hours, and it respects them.",
        "If someone calls in sick, it flags who's available to step in.",
    ],
    "social_proof": [
        "A group of climbing gyms halved the time they spend on rotas.",
        "A veterinary practice told us their overtime bill fell within weeks.",
        "One zoo we work with saves about eight hours of admin every week.",
        "Teams like yours usually stop touching spreadsheets after the first month.",
        "A big outdoor centre cut no-shows by a quarter thanks to the reminders.",
    ],
    "pricing": [
        "Each person on the schedule is four dollars monthly, nothing more.",
        "The first month won't cost you a cent.",
        "Sign up for the year this quarter and fifteen percent comes off the bill.",
        "So a team of ten would be about forty dollars monthly.",
        "Four dollars a head, no setup charge, cancel whenever.",
    ],
    "closing": [
        # 0, 1: a demo (0 in person, 1 over video); 2, 3: the contract / sign-up; 4: a free trial, then a call
        "Could I come out to you one morning and show you in person?",
        "Shall I set up a quick video call to show you the screens? Which day works?",
        "Shall we get you going today? I'll email the agreement straight away.",
        "Want the sign-up link by email so your team's on it this week?",
        "Take a fortnight's free trial, and I'll phone at the end to hear your verdict.",
    ],
    "farewell": [
        "Thank you kindly for listening, best of luck.",
        "That's everything, I'll let you go, cheerio.",
        "Much obliged, enjoy your afternoon.",
        "Cheers for your patience, I'll not keep you.",
        "Lovely talking to you, goodbye then.",
    ],
}
# which closings a client's sale / meeting answer follows (indices into OPERATOR["closing"])
CLOSING_FOR = {"sale": (2, 3), "meeting": (0, 1)}

CLIENT = {
    "greeting": ["Organ builders, hello, sorry, we're voicing pipes in here.",
                 "Falconry centre, Jess speaking.",
                 "Salt mine museum, front desk, hello.",
                 "Kite school, hi, it's windy here, speak up.",
                 "Seed bank, hello, who's calling?"],
    "permission": ["Go ahead, the glue's drying, I've got a few minutes.",
                   "Quick then, the hawks need feeding at noon.",
                   "Sure, the tour's just gone down the shaft.",
                   "Yeah, no wind yet, the students are waiting on the beach.",
                   "Okay, I'm putting samples in the freezer, go on."],
    "discovery": ["Seven craftsmen, one shift, but installs in churches wreck the plan.",
                  "Ten handlers on early and late shifts, and flying displays at weekends.",
                  "Fifteen guides, tours every hour, the rota's on a printed sheet.",
                  "Instructors come and go with the wind, we plan it day by day on WhatsApp.",
                  "Four lab techs plus volunteers, it's all in a shared spreadsheet."],
    "presentation": ["Do the old craftsmen need a smartphone for that?",
                     "Can it handle plans changing when the weather turns?",
                     "There's no signal underground, does it still work?",
                     "Our instructors are freelancers, can they use it too?",
                     "Sorry, the freezer alarm went, could you say that again?"],
    "social_proof": ["Climbing gyms aren't organ workshops though.",
                     "A zoo? Now you're talking, do they fly birds?",
                     "Nice, but have you got any museums?",
                     "Outdoor centres, fair, but we live by the wind.",
                     "Well, that's what everyone says."],
    "pricing": ["Per person, even the volunteers?",
                "Four dollars each, so around sixty for us, is that right?",
                "We're a charity, is there a discount?",
                "Does the free month need a card up front?",
                "Bit steep, but not crazy."],
    "closing": ["How long does it take to get everyone on it?",
                "Can we cancel any time, or is there a lock-in?",
                "Do you help set it up, or are we on our own?"],
    "farewell": ["Bye, they need me on the bellows.",
                 "Cheers, the eagle's getting restless.",
                 "Bye now, the next group's arriving.",
                 "Got to go, the wind's picked up, bye.",
                 "Thanks, bye, my samples are thawing."],
}
OBJECTIONS = {
    "price": ["We're building an organ on donations, there's no spare cash.",
              "Feeding the birds eats our whole budget.",
              "The museum's money for the year is already spent.",
              "Bad season, hardly any wind, we're watching every penny."],
    "timing": ["We're installing an organ in a cathedral, I can't think about it now.",
               "It's breeding season, I'm in the mews day and night.",
               "Summer holidays, ten tours a day, I've no time.",
               "Peak season, I'm on the water all day, not now."],
    "competitor": ["The university gave us their rostering system, we're stuck with it.",
                   "We already use Deputy and it's fine.",
                   "The heritage trust makes us use their own scheduler.",
                   "Our HR software has a rota bit, that'll do."],
    "no_need": ["Three of us in the workshop, we all know who's in.",
                "We've six birds and two handlers, what rota?",
                "The instructors just turn up when it's windy.",
                "Same four people, same hours, for years."],
}
HANDLING = {
    "price": ["A free first month means you see the value before a penny changes hands.",
              "Commit to a year before the quarter's out and the price drops by fifteen percent.",
              "Cutting just a few hours of overtime pays for the whole subscription.",
              "You could start with a few people and add more later."],
    "timing": ["Sure, I'll be quick, just the main point.",
               "No problem, you can set it up once things calm down.",
               "Got it, thirty seconds and I'm gone.",
               "Busy times are when it helps most, but I'll keep it short."],
    "competitor": ["It plays nicely with your current system and exports the hours.",
                   "We'll migrate your schedule for free, no retyping.",
                   "A lot of our users switched from other tools for the mobile app.",
                   "Give us a month in parallel with your current setup, then pick the winner."],
    "no_need": ["Even tiny teams waste time on swap texts, that's where it helps.",
                "It works in your head until you're off for a week.",
                "A small team is set up in under an hour.",
                "The trial's free, so there's nothing to lose by looking."],
}
AFTER_HANDLING = ["Alright, that's not daft at all.", "Hm, okay, tell me more.", "Hm, that's a fair shout, actually.",
                  "Hm, now I'm curious, keep talking.", "Well, there's logic in that."]
OUTCOME_CLIENT = {
    "sale": ["Alright, sign the workshop up, send the contract to me.",
             "Yeah, let's have it for the centre, I'll pay by card now.",
             "Fine, put the museum down, the agreement goes to the director.",
             "Go on, send the link, I'll get the instructors on tonight.",
             "Okay, we're in, send the invoice to the seed bank."],
    "meeting": ["Come by the workshop Thursday at eleven and show me there.",
                "Visit us Saturday morning after the flying display.",
                "Let's do a video call Monday at two, the museum's closed.",
                "Come to the beach Wednesday evening, you can see how we work.",
                "Show us on video Friday at ten, I'll grab the lab team."],
    "callback": ["Call me after Easter, once the organ's handed over.",
                 "Ring in late summer, when the chicks have fledged.",
                 "Try me in October, after the tourist season.",
                 "Phone in November, when we close for winter.",
                 "Call next week, my boss is back from fieldwork."],
    "refusal": ["No thanks, it's really not something we'd use.",
                "No, sorry, the birds don't work shifts.",
                "I'll say no, the trust decides everything for us.",
                "No, we're selling the school this autumn.",
                "Not for us, thanks, goodbye."],
}
OUTCOME_OPERATOR = {
    "sale": ["Wonderful, you'll have everything by email this afternoon.",
             "Great, I'm creating your account now, login to follow.",
             "Thanks for trusting us, I'll get it all moving."],
    "meeting": ["Done, I'll send an invite with a reminder.",
                "Smashing, it's in the diary, I'll turn up bang on time.",
                "Perfect, I'll prepare an example with your setup."],
    "callback": ["Got it, my phone will remind me to ring you.",
                 "Righto, I'll pencil you in for that call.",
                 "No bother at all, until that call then."],
    "refusal": ["Fair do's, I'll cross you off, thanks anyway.",
                "Understood, apologies for dragging you away from your work.",
                "Alright, I won't call again, all the best."],
}
VAGUE_CLIENT = ["We'll cross that bridge when we come to it.",
                "I won't say yes and I won't say no.",
                "Ask me again in a month, I genuinely don't know.",
                "I'll have to sound out the team first."]
HANGUP_CLIENT = ["The falcon's slipped its jesses, I have to go!",
                 "The alarm's going off in the mine, sorry!",
                 "A kite's just blown away, bye!",
                 "Someone's dropped a pipe, can't talk!"]
HOLD_START = ["Hold on, I'm signing for a leather delivery.",
              "One sec, I'll pop the hawk back on its perch.",
              "Wait a moment, I'm handing out helmets to visitors."]
HOLD_END = ["Right, I'm back, go on.", "Apologies, that took longer than I thought, go ahead.",
            "Okay, free now, where were we?"]
LINE_CHECK = [("Hello? Are you getting any of this?",
               "Yes, sorry, that's the organ pipes humming."),
              ("Your voice is dropping in and out, still with me?",
               "Still here, the signal's weak in the mine."),
              ("There's a lot of noise, can you hear me okay?",
               "Just about, it's the wind off the sea.")]
