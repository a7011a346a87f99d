"""Lines for synthetic calls against `en-saas-demo` (ShiftPilot books demos).

Same rules as dialogues_ru.py: operator lines paraphrase the stage with the
key words a trained operator keeps, never repeat a script phrase (rapidfuzz ratio < 90, checked by make_corpus.py);
the first ~4/7 of each list is for train calls, the rest for test calls.
"""

SCRIPT = "en-saas-demo"
LANGUAGE = "en"
STAGES = ("greeting", "permission", "discovery", "presentation", "social_proof", "pricing", "closing",
          "farewell")
PROGRESS = STAGES[:-1]
OPTIONAL = ("social_proof",)
ROLES = {"permission": "permission", "dm": None, "needs": "discovery", "presentation": "presentation",
         "case": "social_proof", "price": "pricing", "closing": "closing"}
COMPANY = "ShiftPilot"
OPERATOR_NAMES = ("Mark", "Sarah", "David", "Emily", "James", "Laura", "Peter", "Kate")

OPERATOR = {
    "greeting": [
        "Hi, my name is {name}, calling from {company}.",
        "Good afternoon, {name} speaking, from {company}.",
        "Hello, it's {name} from {company} here.",
        "Hi there, {name} calling from {company}.",
        "Good morning, this is {name}, I work for {company}.",
        "Hello, my name's {name} and I'm calling on behalf of {company}.",
        "Hey, {name} here from the {company} team.",
    ],
    "permission": [
        "Do you have two minutes to talk?",
        "Is this a good moment for a quick chat?",
        "Have I caught you at a busy moment?",
        "Could I take a couple of minutes of your time?",
        "Do you have a minute or two to talk right now?",
        "Is now an okay time for a short chat?",
        "Can I have two minutes of your time?",
    ],
    "discovery": [
        "How are you scheduling shifts right now?",
        "How many people do you have on the team?",
        "What's the hardest part of building your weekly rota?",
        "Do you use a spreadsheet or some tool for scheduling?",
        "How do you deal with shift swaps and last minute sick calls?",
        "How big is your team, how many people?",
        "What is most painful about the rota each week?",
    ],
    "presentation": [
        "ShiftPilot builds the rota automatically from everyone's availability.",
        "Your staff swap shifts themselves in our mobile app.",
        "Hours go straight to payroll, so there are no manual timesheets.",
        "You set your rules once and the schedule is generated automatically.",
        "The app builds rotas for you automatically, based on availability.",
        "Staff can swap shifts on their own in the app, without calling you.",
        "We export hours directly to payroll, no more manual timesheets.",
    ],
    "social_proof": [
        "For example, a restaurant group we work with cut scheduling time in half.",
        "A retail chain similar to yours saves around ten hours a week.",
        "Teams like yours tell us they stopped using spreadsheets completely.",
        "One hospital ward reduced no-shows by about thirty percent.",
        "One of our customers, a cafe chain, halved their scheduling time.",
        "A retail customer like you saved ten hours every week after switching.",
        "Similar teams have stopped using spreadsheets altogether.",
    ],
    "pricing": [
        "The price is four dollars per user each month.",
        "Pricing starts at four dollars per user, and the first month is free.",
        "Right now your first month is free of charge.",
        "This quarter annual plans come with a fifteen percent discount.",
        "It costs four dollars a user a month.",
        "Price is four dollars per user per month, first month free.",
        "We're offering fifteen percent off annual plans this quarter.",
    ],
    "closing": [
        "Can I book a short demo with you this week?",
        "How about starting a free trial with us?",
        "How about a demo call on Thursday, thirty minutes?",
        "I can send you a sign up link after we hang up.",
        "Shall we book a short demo for Friday?",
        "Would you like a free trial starting today?",
        "How about a quick demo call next week?",
    ],
    "farewell": [
        "Thanks for your time, goodbye.",
        "Thank you, have a great day.",
        "I appreciate your time, bye.",
        "Thanks so much, take care.",
        "Thank you for your time, have a good day.",
        "Appreciate it, goodbye for now.",
        "Thanks again, take care, bye.",
    ],
}

CLIENT = {
    "greeting": ["Hello.", "Yes, hi.", "Hi, who is this?", "Hello, speaking.", "Yes, go on."],
    "permission": ["Sure, I have a minute.", "Okay, but make it quick.", "Yes, go ahead.",
                   "I've got a few minutes, yes.", "Alright, I'm listening."],
    "discovery": ["We do it all in a spreadsheet, and it takes hours every week.",
                  "About forty people across two sites.",
                  "Swaps are a nightmare, people text me at midnight.",
                  "The manager builds the rota by hand every Sunday.",
                  "It's mostly whiteboards and group chats, honestly.",
                  "Around twenty five staff, mostly part time."],
    "presentation": ["Okay.", "Interesting, go on.", "Does it work on Android too?", "Right, I see.",
                     "That sounds useful.", "Hmm, okay."],
    "social_proof": ["Good for them.", "Interesting.", "Hmm, okay.", "Right.", "That's impressive."],
    "pricing": ["Okay.", "I see.", "Right, and what's included?", "Got it.", "Hmm."],
    "closing": ["Let me think.", "Hmm.", "Well.", "Okay, so."],
    "farewell": ["Bye.", "Goodbye.", "You too, bye.", "Thanks, bye now.", "Take care."],
}

OBJECTIONS = {
    "price": ["Honestly, that's too expensive for us.", "We just don't have the budget this year.", "It's too pricey.",
              "Honestly, that is way too expensive.", "We have no budget for this.", "Too pricey for a team like ours.",
              "We don't have budget for that right now."],
    "timing": ["Now is not a good time for us.", "Maybe after the summer holidays.", "We're really busy right now.",
               "It's not a good time at the moment.", "Let's leave it until after the holidays.",
               "We're far too busy at the moment.", "Not a good time, sorry."],
    "competitor": ["We already use a different tool.", "We're happy with the system we have now.",
                   "We already have a scheduler in place.", "We already use another app for that.",
                   "Our current system works, we're happy with it.", "We've already got a scheduler.",
                   "We already use another scheduling tool."],
    "no_need": ["I don't think we need that.", "Our team is really small.", "The spreadsheet we have does the job fine.",
                "We don't need anything like that.", "The team is too small for this.",
                "Our spreadsheet works fine.", "We really don't need it."],
}
HANDLING = {
    "price": ["I understand. Most teams save more in manager time than the subscription costs.",
              "We can start with a smaller group and grow from there.",
              "Think about how many hours go into the rota each week, that's real money.",
              "Fair point, but one prevented overtime shift usually pays for a month."],
    "timing": ["Totally understand, that's exactly when it helps, setup takes minutes.",
               "I'll keep it brief, I promise.",
               "Busy seasons are when automatic rotas save the most stress.",
               "Understood, I'll be quick then."],
    "competitor": ["Many of our customers switched from other tools, we move your data over for free.",
                   "That's fine, ShiftPilot also connects to the tools you already use.",
                   "Does your current tool let staff swap shifts themselves?",
                   "Sure, a lot of people say that until they see the swap feature."],
    "no_need": ["Even small teams lose hours to swaps and messages, that's where we help.",
                "Fair enough, let me just mention one feature that saves time.",
                "Spreadsheets work until someone is off sick, then it gets messy.",
                "Understood, I'll just cover the main thing."],
}
AFTER_HANDLING = ["Well, maybe.", "Okay, go on.", "Alright, I'm listening.", "Fine.", "Hmm, okay."]

OUTCOME_CLIENT = {
    "sale": ["Okay, let's sign up today.", "Send over the contract and we'll go ahead.",
             "Alright, we'll buy it for the team.", "Set us up with the annual plan.",
             "Great, we'll take the annual plan.", "Fine, send me the contract.", "Sounds good, let's sign up."],
    "meeting": ["Okay, let's do a demo.", "Book me a demo for Thursday then.", "Sure, put me down for a demo on Monday.",
                "Send me a calendar invite for a demo.", "Let's do the demo on Friday.",
                "Fine, book the demo for next week.", "Yes, put me down for Tuesday's demo."],
    "callback": ["Call me back next week, please.", "Could you call me later?", "Let's talk again some time next month.",
                 "Ring me tomorrow afternoon, please.", "Please call me back on Monday.",
                 "Can you ring me later this week?", "Talk to me again next month."],
    "refusal": ["Sorry, we're not interested.", "Please don't call this number again.", "Thanks, but we're okay as things are.",
                "Take us off your calling list.", "We are not interested, thanks.", "No thank you, we're fine.",
                "Don't call again, please."],
}
OUTCOME_OPERATOR = {
    "sale": ["Fantastic, I'll send the contract over today.", "Great, you'll get the paperwork this afternoon.",
             "Wonderful, I'll get your account ready."],
    "meeting": ["Great, I'll send the calendar invite.", "Perfect, you'll get an invite by email.",
                "Lovely, it's in the diary."],
    "callback": ["Sure, I'll call you then.", "No problem, I'll ring you as agreed.",
                 "Okay, I'll make a note and call back."],
    "refusal": ["Understood, thanks for being honest.", "Okay, sorry to have bothered you.",
                "No problem, thanks for listening."],
}
VAGUE_CLIENT = ["Okay, I see.", "Right, got it, thanks for the information.", "Hmm, okay.",
                "Alright, noted.", "Okay then."]
HANGUP_CLIENT = ["Sorry, I have to run.", "Oh, I've got another call coming in.", "I can't talk now, sorry.",
                 "Sorry, someone just walked in."]
HOLD_START = ["Hang on a second, let me close the door.", "One moment please, don't hang up.",
              "Just a second, let me step outside."]
HOLD_END = ["Okay, I'm back.", "Right, sorry, go on.", "Yes, I'm here again."]
LINE_CHECK = [("Hello, can you hear me?", "Yes, I can hear you."),
              ("Sorry, the line is breaking up, is that better?", "Yes, that's better."),
              ("Are you still there?", "Yes, I'm here.")]

SLIPS = {
    "discount": ["I can give you twenty five percent off if you decide today.",
                 "Just for you, a twenty five percent discount, don't tell anyone."],
    "personal_contact": ["Just message me on my personal WhatsApp, it's faster.",
                         "Let's continue on WhatsApp, I'll give you my personal number."],
}
