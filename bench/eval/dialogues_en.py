"""Lines for synthetic calls against `en-saas-demo` (ShiftPilot books demos).

Same rules as dialogues_ru.py: operator lines paraphrase the stage, never
repeat a script phrase (rapidfuzz ratio < 90, checked by make_corpus.py);
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
        "Good afternoon, {name} speaking, I work with {company}.",
        "Hey, my name's {name}, and I'm reaching out on behalf of {company}.",
        "Hello there, you're speaking with {name} over at {company}.",
        "Morning! {name} calling, I'm with the team at {company}.",
        "Hi, I'm {name}, a consultant at {company}, the shift scheduling app.",
        "Good day, {name} on the line, representing {company}.",
        "Hello, I'm {name}, calling you from the {company} team.",
    ],
    "permission": [
        "Is this an okay moment to talk briefly?",
        "Can you spare a minute or two right now?",
        "Are you free to chat for just a moment?",
        "Would it be alright if I took a little of your time?",
        "Is it convenient to speak for a bit?",
        "Do you have a moment to hear why I'm calling?",
        "Am I reaching you at a convenient time?",
    ],
    "discovery": [
        "How are you planning your staff shifts today?",
        "Roughly how many employees do you schedule?",
        "What bothers you most when you put the weekly rota together?",
        "Do you build schedules in a spreadsheet, or do you have some software for it?",
        "What happens when someone calls in sick at the last minute?",
        "Tell me a bit about how your team's schedule gets made.",
        "How big is the team you plan shifts for?",
    ],
    "presentation": [
        "ShiftPilot creates the schedule for you based on when people are available.",
        "Your employees trade shifts on their phones, without calling you.",
        "Worked hours go directly into payroll, so nobody types timesheets anymore.",
        "You define your rules one time and the rota gets built automatically.",
        "With ShiftPilot, the weekly plan is generated in seconds from everyone's availability.",
        "People can pick up open shifts and swap with colleagues in the app.",
        "At the end of the month the hours flow right into your payroll system.",
    ],
    "social_proof": [
        "For instance, a chain of cafes we work with halved the time they spend on scheduling.",
        "One retail client told us they save around ten hours every week.",
        "Teams like yours usually drop spreadsheets within the first month.",
        "A care home we work with cut no-shows by about a third.",
        "A hotel group similar to you got their Sundays back, scheduling now takes minutes.",
        "One of our warehouse customers reduced overtime by twenty percent.",
        "A clinic with fifty nurses moved over last year and never looked back.",
    ],
    "pricing": [
        "It costs four dollars for each user every month.",
        "The price is four dollars a head per month, and your first month costs nothing.",
        "Plans begin at four dollars per person monthly.",
        "If you pay annually, this quarter you get fifteen percent off.",
        "You'd pay four dollars monthly for every employee on the schedule.",
        "It's just four dollars per staff member a month, with the first month on us.",
        "For a team of forty that's about a hundred and sixty dollars a month, four dollars a person.",
    ],
    "closing": [
        "Shall we set up a quick demo for you in the next few days?",
        "Would you be open to trying it free for two weeks?",
        "Could we schedule a half hour walkthrough, maybe on Friday?",
        "I could email you a link to get started as soon as we hang up.",
        "Why don't I put a short product demo in your calendar?",
        "Want me to open a trial account for your team today?",
        "Can we find twenty minutes next week so I can show you the app?",
    ],
    "farewell": [
        "Thanks a lot for talking to me, bye.",
        "Really appreciate it, enjoy the rest of your day.",
        "Thank you for your time, all the best.",
        "Great talking to you, goodbye.",
        "Thanks again, speak soon.",
        "Cheers, have a good one.",
        "Many thanks, have a lovely afternoon.",
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
    "price": ["Honestly that sounds expensive.", "We really can't afford that at the moment.",
              "That's more than we want to pay.", "Our budget won't stretch to that.",
              "Four dollars a user adds up, it's a lot for us.", "That's quite a lot of money.",
              "We don't have money set aside for this."],
    "timing": ["This really isn't a good moment.", "We're swamped right now.",
               "Maybe in the new year, not now.", "It's our busy season, we can't look at this now.",
               "Now's not the time for new software.", "Could we revisit this later in the year?",
               "I'm too busy for this right now."],
    "competitor": ["We already have a scheduling tool.", "We're using a different app already.",
                   "We're pretty happy with the system we have.", "We signed with another vendor last year.",
                   "Our current software does that already.", "We use a competitor of yours.",
                   "We've got a scheduler built into our HR system."],
    "no_need": ["I don't think we need this.", "We're a small team, it's not necessary.",
                "A spreadsheet is enough for us.", "We manage fine without it.",
                "There's only eight of us, we don't need software.", "Honestly this isn't something we need.",
                "Our schedule hardly changes, so there's no need."],
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
    "sale": ["Alright, we'll go for it, send over the paperwork.", "Sounds good, we want to get started today.",
             "Okay, we'll purchase it for the whole team.", "You've convinced me, we'll take it.",
             "Great, please send the agreement and we'll get going.", "Let's go with the yearly plan, set it up.",
             "Deal, we'll buy it."],
    "meeting": ["Sure, a demo on Thursday works for me.", "Okay, let's set up that demo.",
                "Yes, send me an invite for the walkthrough.", "Fine, put the demo in my calendar for Friday.",
                "Alright, show me the product next week.", "Happy to see a demo, Tuesday afternoon is good.",
                "Let's book the demo then."],
    "callback": ["Can you ring me back next week?", "Give me a call later this month.",
                 "Try me again tomorrow afternoon.", "Call me back on Monday, I'll know more then.",
                 "Let's speak again in a couple of weeks, call me.", "Could you phone me later today?",
                 "Please call me back on Friday."],
    "refusal": ["No thank you, this doesn't interest us.", "Sorry, this isn't for us.",
                "No, we'll pass.", "Please remove my number from your list.",
                "We don't want it, thanks.", "No, I'm not going to buy this.",
                "Thanks, but no, we'll stay as we are."],
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
