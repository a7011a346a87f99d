"""Dev-split lines for synthetic calls against `en-saas-demo`: fresh wording, same structure.

Same rules as dialogues_dev_ru.py: the dev split (calls en-d01..en-d24) is
for measuring generalisation to unseen wording while tuning; every list was
written anew, no line is a script phrase or a near-copy of a train or test
line of dialogues_en.py (make_corpus.py check: rapidfuzz ratio < 90). The
non-wording parts are those of dialogues_en.py.
"""

from dialogues_en import (COMPANY, LANGUAGE, OPERATOR_NAMES, OPTIONAL, PROGRESS, ROLES,  # noqa: F401
                          SCRIPT, SLIPS, STAGES)

OPERATOR = {
    "greeting": [
        "Hiya, {name} over at {company}, how are you doing today?",
        "Morning! You're speaking with {name} from {company}.",
        "Hello there, this is {name}, I'm with {company}, the scheduling app people.",
        "Hi, {company} calling, my name is {name}.",
        "Good evening, {name} at {company} here.",
    ],
    "permission": [
        "Got a moment, or should I call back later?",
        "Are you in the middle of something, or can we talk?",
        "Is this a terrible time, or can I steal you briefly?",
        "You okay to talk for a bit?",
    ],
    "discovery": [
        "So how do you put the schedule together today?",
        "Are your staff mostly full time or part time?",
        "Who ends up building the schedule, you or a manager?",
        "How long does the weekly schedule take you, start to finish?",
        "Is it spreadsheets, paper, or an app at the moment?",
    ],
    "presentation": [
        "Staff get a notification on their phone the minute the rota is published.",
        "Managers see who's clocked in from anywhere, right on their phone.",
        "Open shifts get offered to available people automatically, first to accept gets it.",
        "You put in your rules, like max hours, and it schedules automatically.",
    ],
    "social_proof": [
        "A gym chain we work with fills ninety percent of open shifts within an hour.",
        "One warehouse client told us overtime dropped noticeably in the first month.",
        "A hotel group like yours moved all four sites over in a week.",
        "Honestly, one bakery owner told us she got her Sunday evenings back.",
    ],
    "pricing": [
        "Each person on the rota is four dollars a month.",
        "We don't charge for the first month, after that it's four dollars per employee.",
        "Go annual before the quarter ends and you save fifteen percent.",
        "There's no setup fee, just four dollars per user monthly.",
    ],
    "closing": [
        "Why don't I show you the app live, say twenty minutes on Wednesday?",
        "I can switch on a trial for your team this afternoon, want that?",
        "Can we get a demo in the diary for next Tuesday?",
        "Want me to email you a sign up link today?",
        "Would a screen share with our product specialist work for you?",
    ],
    "farewell": [
        "Cheers, have a lovely afternoon.",
        "Thanks for chatting, all the best.",
        "Great talking to you, bye now.",
        "Okay, I'll let you go, thanks, bye.",
        "Speak soon, enjoy the rest of your week.",
    ],
}

CLIENT = {
    "greeting": ["Yeah, hello?", "Hi, yeah.", "Yeah, who's this?", "Hello, this is the office.", "Yep, hi."],
    "permission": ["Yeah, go on then.", "I've got a sec, what is it?", "Quickly, I'm between meetings.",
                   "Sure, shoot.", "Okay, you've got two minutes."],
    "discovery": ["Honestly, it's a paper sheet on the fridge in the back office.",
                  "We're about sixty people, three locations.",
                  "When someone's sick I spend the morning phoning around.",
                  "We use Excel, and it's always out of date.",
                  "I do it every Friday night, takes me half the evening."],
    "presentation": ["Uh huh.", "Does it work with our payroll provider?", "Okay, that could help.", "Mm, go on.",
                     "And it's an app on their phones?"],
    "social_proof": ["Oh nice.", "Huh, not bad.", "Okay, fair enough.", "Sure.", "If you say so."],
    "pricing": ["Per user, right.", "Uh huh, per month.", "And is there a contract?", "Mm-hm.", "Four dollars, okay."],
    "closing": ["Hmm, let me see.", "Well, um.", "Right, okay.", "Gosh, I don't know."],
    "farewell": ["Cheers, bye.", "Okay, bye bye.", "Yep, you too.", "See ya.", "Alright, thanks, bye."],
}

OBJECTIONS = {
    "price": ["Four dollars a head adds up, that's a lot for us.", "We can't stretch to that at the moment.",
              "That's more than we'd want to spend.", "Money's tight this year, so no."],
    "timing": ["We're in the middle of our busy season, not now.", "Can this wait until January?",
               "Ask me again once the summer rush is over.",
               "We're short staffed this month, I can't take on anything new."],
    "competitor": ["We've been on Deputy for years.", "We signed up with another rota app last month.",
                   "Our HR system already does scheduling.",
                   "Our payroll provider gave us a rota module, we use that."],
    "no_need": ["It's just me and four staff, I can do it in my head.", "Nah, a sheet of paper on the wall does us.",
                "There's really no problem to solve here.",
                "We don't have shifts really, everyone works nine to five."],
}
HANDLING = {
    "price": ["You could start with just the managers and add people later.",
              "There's no contract, so you can cancel any month.",
              "I get it, a lot of our customers said the same before the trial.",
              "Understood, I can send a short savings calculator so you can judge."],
    "timing": ["No problem, I can send a short video you can watch later.",
               "Setup is on our side, it won't take your time.",
               "Fair enough, most of the work is on our end anyway.",
               "Got it, we can plan the start for later, it's just a look for now."],
    "competitor": ["Lots of our clients came from Deputy, we import everything for you.",
                   "We plug into most HR systems, so it sits alongside.",
                   "Happy to do a side by side comparison on a trial, no strings attached.",
                   "Sure, worth a comparison though, ours usually works out cheaper."],
    "no_need": ["Even small teams use it, a lot of our customers have under ten staff.",
                "Makes sense, a lot of small teams start out just like that.",
                "Then it'll be quick to set up, small teams are live in a day.",
                "Okay, would it help if I just sent you a one page overview?"],
}
AFTER_HANDLING = ["Go ahead then.", "Sure, I'm listening.", "Okay, carry on.", "Right, what else?"]

OUTCOME_CLIENT = {
    "sale": ["Alright, you've convinced me, let's get started.",
             "I'll need the paperwork, email it over and I'll sign it tonight.",
             "Go ahead and set up the account, we'll pay by card.",
             "Okay, put us on the monthly plan for all twenty staff."],
    "meeting": ["Okay, show me how it works, Wednesday at ten?",
                "I'd want my manager there too, can we do Monday morning?",
                "Sure, send a link for a screen share tomorrow.",
                "Come by the restaurant on Thursday and walk me through it."],
    "callback": ["Let me discuss it with my boss, call me Thursday.", "Try me again after the fifteenth.",
                 "I'm driving, give me a buzz this evening.",
                 "Not today, but check back with me in a couple of weeks."],
    "refusal": ["We'll think about it, but don't call us.", "It's not for us, sorry.", "I'll pass, thanks.",
                "We really won't be buying this, so no need to follow up."],
}
OUTCOME_OPERATOR = {
    "sale": ["Brilliant, the contract will be in your inbox shortly.", "Thank you, I'll get the paperwork started now.",
             "Excellent, welcome aboard."],
    "meeting": ["Perfect, see you then.", "Done, you'll have a link shortly.", "Great, looking forward to showing you."],
    "callback": ["Of course, speak to you then.", "Sure thing, I'll try you again then.", "No worries, talk soon."],
    "refusal": ["Fair enough, I won't take up any more of your time.", "Okay, no worries, all the best.",
                "Right, I'll take you off our list."],
}
VAGUE_CLIENT = ["Mm, I'll keep it in mind.", "Okay, well, we'll see.", "Sure, I'll have a look at some point.",
                "Yeah, alright, thanks."]
HANGUP_CLIENT = ["Oh, my boss is calling me, I have to go.", "I'm about to go into a meeting, bye.",
                 "Sorry, there's a delivery, got to go.", "Look, I'm in the car, I'll have to hang up."]
HOLD_START = ["Hold on, let me grab a pen.", "Sorry, two seconds, someone's at the counter.",
              "Bear with me a moment."]
HOLD_END = ["Sorry about that, carry on.", "Okay, where were we?", "Right, I'm with you."]
LINE_CHECK = [("Hello? Did I lose you?", "No, still here."),
              ("You're a bit faint, is this any better?", "Yeah, much better."),
              ("Sorry, you cut out there, can you hear me now?", "Yep, loud and clear.")]
