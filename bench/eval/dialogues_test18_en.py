"""Eighteenth held-out split, test18 (calls en-g41..en-g80) against `en-saas-demo`: wording written fresh.

Same rules and intent as dialogues_test18_ru.py: test18 is one more batch
nobody has scored, kept back (in eval_alignment's UNSCORED) for whoever
measures a later change to the alignment, once. No line scores >= 90
(rapidfuzz ratio, make_corpus.py check) against a script phrase, a train/test
line of dialogues_en.py or a line of the dev, dev2, test2 .. test17 modules;
operator lines keep some key words of their stage; written without looking at
callqa's outcome cue lists or its outcome/alignment code. Client personas
other than test2..test17: a beekeeper at the hives (bees buzzing, a smoker in
hand), a sawmill foreman (the band saw screaming), an ice rink manager (the
resurfacing machine out on the ice), a riding stable owner, a print shop with
the presses running, and a fish smokehouse on the coast. Agreements come as
"You've talked me into it, switch us on. I'll message you the apiary's
details" or "Deal. Raise the invoice and the bookkeeper will pay it first
thing tomorrow"; meetings are booked at the apiary on a Saturday evening when
the bees settle, at the sawmill before the first shift, at the rink between
sessions, over video on a Thursday morning or at the stable on a Sunday;
callbacks wait for the honey harvest, the end of the school holidays, a talk
with a business partner, a trade fair trip or the end of the fishing season;
refusals come from a client burnt by software before, a family business that
keeps it all in their heads, a firm "cross us off", a plain "we've no use for
it", or a head office that decides such things; hang-ups from a swarm leaving
the hive, a log jammed in the saw, a skater down on the ice or a horse loose
from the paddock. Operators acknowledge outcomes and say goodbye in words not
used before.

`CLOSING_FOR` pairs a sale / meeting answer with a closing that offered it:
0, 1 a demo (0 in person); 2, 3 the contract / sign-up; 4 a free trial, then a call.
"""

from dialogues_en import (COMPANY, LANGUAGE, OPERATOR_NAMES, OPTIONAL, PROGRESS, ROLES,  # noqa: F401
                          SCRIPT, SLIPS, STAGES)

OPERATOR = {
    "greeting": [
        "Morning, {name} here, I work for {company}, the rota app people.",
        "Hiya, {name} at {company} here, we make rota planning painless.",
        "Hello, this is {name}, calling from the {company} office.",
        "Hi there, {name} speaking, I look after small businesses at {company}.",
        "Hey there, {name} ringing from {company}, hope the day's treating you well.",
    ],
    "permission": [
        "Have you got two minutes, or is this a bad moment?",
        "Can I steal a minute of your time, or would later suit you better?",
        "Just a couple of minutes of your time, would that be alright?",
        "Would you mind if I quickly explained what we do?",
        "Are you in the middle of something, or can you chat briefly?",
    ],
    "discovery": [
        "How are the shifts worked out for your staff right now?",
        "How big is the team you're planning shifts for?",
        "When somebody calls in sick, who finds the cover?",
        "What's the biggest headache with the rota for you?",
        "Do you do the schedule by hand, on a spreadsheet, or with software?",
    ],
    "presentation": [
        "With {company}, staff enter when they can work and the rota builds itself.",
        "People trade shifts through the app, and you just tap to approve.",
        "The hours go across to payroll automatically, no retyping timesheets.",
        "It flags clashes and empty shifts before you publish anything.",
        "Each person gets their shifts on their phone, plus a reminder.",
    ],
    "social_proof": [
        "A bakery group we work with halved the time they spend on scheduling.",
        "A vet practice told us they save around eight hours every week.",
        "One cleaning company cut no-shows by about a third after switching.",
        "Lots of teams about your size have moved off spreadsheets onto us.",
        "Most customers see less overtime within the first few weeks.",
    ],
    "pricing": [
        "The cost is four dollars for each user per month.",
        "It's just four dollars a head, billed monthly.",
        "There's no charge for the first month while you test it.",
        "Pay yearly and you save fifteen percent.",
        "Four dollars a month per employee, with a free first month.",
    ],
    "closing": [
        # 0, 1: a demo (0 in person); 2, 3: the contract / sign-up; 4: a free trial, then a call
        "Could I come out and show you in person? Which day works?",
        "Shall we set up a quick online demo, say Thursday?",
        "If you're happy, the agreement and your login details can go out this afternoon.",
        "Shall we get you started? The account and paperwork can be done today.",
        "Give the free trial a go, and I'll check in with you in two weeks.",
    ],
    "farewell": [
        "Cheers for your time, have a good one.",
        "Right, I won't hold you up, bye for now.",
        "Thanks for hearing me out, all the best.",
        "Good talking to you, enjoy the rest of your day.",
        "That's all from me, take it easy, goodbye.",
    ],
}
# which closings a client's sale / meeting answer follows (indices into OPERATOR["closing"])
CLOSING_FOR = {"sale": (2, 3), "meeting": (0, 1)}

CLIENT = {
    "greeting": ["Apiary, hello, speak up, the bees are loud.",
                 "Sawmill, foreman here, go on.",
                 "Ice rink, front desk, how can I help?",
                 "Stables, yes, hello, I'm by the stalls.",
                 "Smokehouse, hang on, let me shut the door."],
    "permission": ["Go ahead, while my smoker's still lit.",
                   "Sure, they're changing the blade, I've got five minutes.",
                   "Okay, the ice is being resurfaced, no session on.",
                   "Make it quick, the horses need feeding.",
                   "I'm listening, the fish has another hour to go."],
    "discovery": ["It's me and two seasonal helpers, I tell them the day before.",
                  "Eight men on two shifts, it's chalked on a board by the saw.",
                  "About thirty skate marshals, all teenagers, total chaos in a chat group.",
                  "Four grooms and a few volunteers, we sort it by text.",
                  "Five of us on the smokers, the rota's in a notebook by the till."],
    "presentation": ["The hives are out in the woods, there's no signal there.",
                     "My lads hate phones at work, will they even use it?",
                     "The teenagers leave every few months, is it easy to learn?",
                     "Sorry, the machine's going past, what did you say?",
                     "Does that talk to our payroll, or is it separate?"],
    "social_proof": ["A bakery? We're a sawmill, mate.",
                     "Eight hours a week? I'll believe it when I see it.",
                     "Cleaners are nothing like a stable.",
                     "Does anyone with four or five staff actually use it?",
                     "Can I read reviews from those people somewhere?"],
    "pricing": ["Four dollars for volunteers as well, or only paid staff?",
                "After the free month, does it just start charging?",
                "Can I get the yearly discount if I pay quarterly?",
                "Is that with tax or before tax?",
                "Four a person, yeah, that's bearable."],
    "closing": ["Email me something to read, I'll talk it over with my partner.",
                "If it doesn't work out, can we cancel without a penalty?",
                "Do you set it up, or do we have to do it?"],
    "farewell": ["Right, bye, the bees are getting cross.", "Got to go, the saw's started up again.",
                 "Bye, the next session's starting.", "Take care, the groom's shouting for me.",
                 "Cheers, time to pull the fish out."],
}

OBJECTIONS = {
    "price": ["Honey's hardly selling this year, there's nothing spare.",
              "Timber's gone up, we're trimming every other cost.",
              "The rink pays its way in winter, summer's all losses.",
              "Keeping horses is pricey enough without subscriptions."],
    "timing": ["We're extracting honey, I've no headspace for this.",
               "We've a huge timber order, it's a month of no days off.",
               "It's the school holidays, we're packed, not now.",
               "The fishing season's just opened, no time at all."],
    "competitor": ["Our bookkeeper runs payroll software with a rota in it, that does us.",
                   "We already plan shifts in a spreadsheet on the office computer.",
                   "The management company gave us their own system to use.",
                   "We've just put in a scheduling tool, not switching again."],
    "no_need": ["There's three of us, I don't need an app for that.",
                "The same eight men do the same shifts every week.",
                "Four grooms, I can plan that on the back of an envelope.",
                "Everyone can see who's on, we're all in one yard."],
}
HANDLING = {
    "price": ["The first month is free, so you only pay if it proves itself.",
              "One missed shift tends to cost more than a year of this.",
              "Paying annually brings it down by fifteen percent.",
              "No equipment to buy, it works on any phone."],
    "timing": ["Got it, I'll keep it to the essentials.",
               "We do the setup and import your staff list, it takes none of your time.",
               "We can push the start date back until things quieten down.",
               "I'll send a short clip, watch it whenever you've a spare minute."],
    "competitor": ["We plug into your payroll software, so it stays as it is.",
                   "A spreadsheet needs someone typing, with us changes update themselves.",
                   "Their system tracks the money, we handle who's working when.",
                   "If you don't mind me asking, what annoys you about the current one?"],
    "no_need": ["Three now, but what about the busy season when you hire extra?",
                "Same shifts every week, until someone's ill and the phone calls start.",
                "Small teams are the easiest to set up, it's an evening's job.",
                "No problem, I won't push it, you've got my number."],
}
AFTER_HANDLING = ["Alright, you've got a point.", "Huh, that's interesting.", "Okay, makes sense.",
                  "Yeah, maybe you're right there.", "Go on then, what else has it got?"]

OUTCOME_CLIENT = {
    "sale": ["You've talked me into it, switch us on. I'll message you the apiary's details.",
             "Deal. Raise the invoice and the bookkeeper will pay it first thing tomorrow.",
             "Okay, let's sign the sawmill up, I'll look out for the contract.",
             "We'll have it for both yards, the stables and the feed store.",
             "Fine, we're in, send the contract and I'll sign it and return it."],
    "meeting": ["Come out to the apiary Saturday evening, once the bees have settled.",
                "Let's do it on video Thursday morning, around nine.",
                "Come to the sawmill Monday at eight, before the first shift.",
                "Drop in at the rink Wednesday at two, between sessions.",
                "Come to the stables Sunday around lunchtime and show me."],
    "callback": ["Ring me after the honey harvest, end of August.",
                 "Give me a call in a month, once the school holidays are over.",
                 "Call back Friday, I need to talk it over with my business partner.",
                 "I'm off to a trade fair, phone me next week.",
                 "Try me in November, when the fishing season's finished."],
    "refusal": ["No, we got burnt by software before, not again.",
                "No, it's a family business, we keep it all in our heads.",
                "No, cross us off your list, please, and don't ring again.",
                "We've no use for it, thanks all the same.",
                "No, head office decides things like that, not us."],
}
OUTCOME_OPERATOR = {
    "sale": ["Brilliant, as soon as your details arrive the contract's on its way.",
             "Thanks for going with us, our onboarding person will call tomorrow.",
             "Great, you'll have all the documents within the hour."],
    "meeting": ["It's in my diary, I'll send you a reminder the day before.",
                "Right, that's agreed, I'll send the link in advance.",
                "Excellent, I'll be there on the dot."],
    "callback": ["Okay, I've made a note and I'll ring you then.",
                 "Agreed, we'll talk again later.",
                 "No pressure at all, I'll phone when we said."],
    "refusal": ["Fair enough, thanks for the honest answer, I'll leave you be.",
                "Okay, I'll take your number off, sorry to have bothered you.",
                "Understood, thanks anyway, have a good one."],
}
VAGUE_CLIENT = ["We'll see how it goes, I'm not promising anything.",
                "I really don't know, I need to get my head round it.",
                "If we need it, we'll give you a ring.",
                "Perhaps some day, it's hard to tell right now."]
HANGUP_CLIENT = ["Oh no, the bees are swarming, got to go!",
                 "A log's jammed in the saw, can't talk!",
                 "Someone's gone down on the ice, sorry, later!",
                 "A horse is out of the paddock, bye!"]
HOLD_START = ["One sec, I need to puff the smoker.", "Hold on, they're loading logs on the trolley.",
              "Just a second, finding a kid some skates."]
HOLD_END = ["Okay, back with you, carry on.", "Sorry about that, I'm here, go ahead.",
            "Right, hands free again, where had we got to?"]
LINE_CHECK = [("Hello? You're very faint, are you there?", "I'm here, that's the bees buzzing by my ear."),
              ("The line keeps cutting out, can you hear me?", "Just about, the signal's weak down by the shore."),
              ("I'm hearing a high whine, is that your end?", "Still here, that's the band saw running.")]
