"""Second dev batch (calls en-d25..en-d48) against `en-saas-demo`: wording written anew once more.

Same rules and intent as dialogues_dev2_ru.py: no line scores >= 90 (rapidfuzz
ratio, make_corpus.py check) against a script phrase, a train/test line of
dialogues_en.py or a line of dialogues_dev_en.py; operator lines keep the key
words of their stage (a customer story says "a client of ours", a closing
proposes a demo, a trial or the contract in words); client outcome and
objection lines are varied and often indirect. `CLOSING_FOR` pairs a sale /
meeting answer with a closing that offered the contract / a demo.
"""

from dialogues_en import (COMPANY, LANGUAGE, OPERATOR_NAMES, OPTIONAL, PROGRESS, ROLES,  # noqa: F401
                          SCRIPT, SLIPS, STAGES)

OPERATOR = {
    "greeting": [
        "Hi, good morning, this is {name} calling from {company}, the shift scheduling people.",
        "Hello, my name's {name}, I'm calling you from {company}.",
        "Good afternoon! It's {name} here, from {company}.",
        "Hey there, {name} with {company}, thanks for picking up.",
        "Hi, {name} from {company} here, we do staff scheduling software.",
    ],
    "permission": [
        "Have you got a couple of minutes for a quick chat?",
        "Is now an okay time to talk, or have I caught you busy?",
        "Could I borrow two minutes of your time?",
        "Is this a good time, just for a quick couple of minutes?",
        "I hope I haven't caught you at a bad time, do you have a minute?",
    ],
    "discovery": [
        "So how do you put together your shift schedule at the moment?",
        "And how big is your team, how many people roughly?",
        "What's the hardest part of building the rota every week?",
        "Is the scheduling done in a spreadsheet, or do you use some tool?",
        "And when someone calls in sick last minute, how do you handle the swaps?",
    ],
    "presentation": [
        "So {company} takes everyone's availability and builds the rota automatically.",
        "With the mobile app, staff can swap shifts between themselves, you just approve.",
        "Hours go straight to payroll, so nobody has to type up timesheets.",
        "You set your rules once, and the app generates the schedule for you every week.",
        "It looks at who is available and creates the schedule automatically, in seconds.",
    ],
    "social_proof": [
        "A client of ours, a chain of coffee shops, cut their scheduling time in half.",
        "One of our customers, a care home about your size, now does the rota in minutes, not hours.",
        "For example, a client of ours in retail saved around ten hours a week after switching.",
        "Teams like yours tell us they dropped their spreadsheets within a month.",
        "A client of ours, a hospital ward, saw thirty percent fewer no-shows.",
    ],
    "pricing": [
        "Pricing is four dollars per user per month, no setup fee.",
        "It's just four dollars a user a month, and right now the first month is free.",
        "At the moment the first month is on us, then it's four dollars per user.",
        "And this quarter there's fifteen percent off if you go for the annual plan.",
        "The price is four dollars a month for each user on the rota.",
    ],
    "closing": [
        # 0, 1: a demo; 2, 3: the contract / sign-up; 4: a trial, then a call
        "Could I book you in for a quick demo, maybe Thursday or Friday?",
        "How about a short demo call next week, so I can show you the app live?",
        "If it sounds good, I can send you the contract and a sign up link right after this call?",
        "Shall I set up your account today, so you can start on the monthly plan?",
        "Would you like to start a free trial today, and we talk again next week?",
    ],
    "farewell": [
        "Thanks so much for your time, have a good one.",
        "Alright, thank you, goodbye.",
        "Really appreciate you taking the time, take care.",
        "Thanks again, have a great rest of your day.",
        "Okay, thanks, bye for now.",
    ],
}
# which closings a client's sale / meeting answer follows (indices into OPERATOR["closing"])
CLOSING_FOR = {"sale": (2, 3), "meeting": (0, 1)}

CLIENT = {
    "greeting": ["Hello, yes?", "Yeah, speaking.", "Hi, who am I talking to?", "Morning.", "Hello, this is Jenny."],
    "permission": ["Yeah, I've got a minute.", "Go ahead, but make it quick.", "Sure, what's this about?",
                   "Okay, I can talk.", "Yep, fire away."],
    "discovery": ["We've got about forty people, and it's all in a spreadsheet.",
                  "Swaps are the worst, I get texts at six in the morning.",
                  "My assistant manager does it on paper, takes ages.",
                  "It's a shared Google sheet, people keep overwriting each other.",
                  "Honestly, it eats my whole Sunday."],
    "presentation": ["Oh right, nice.", "Okay, and the staff can use it on any phone?", "Oh, that's clever.",
                     "Hmm, that would save me some time.", "Does it do time off requests too?"],
    "social_proof": ["Fair play to them.", "Sounds almost too good.", "Huh, interesting.", "Well, we're a bit different.", "Mm, sounds good."],
    "pricing": ["Okay, per user.", "Four a head, got it.", "Is that billed monthly?", "Noted, thanks.",
                "Hmm, okay, and the discount?"],
    "closing": ["Hmm, let me think.", "Well, possibly.", "Oh, I'm not sure."],
    "farewell": ["Bye now.", "Thanks, you too, bye.", "Okay, take care.", "Cheers, speak soon.", "Bye bye."],
}

OBJECTIONS = {
    "price": ["Hmm, four dollars each for forty people, that's too much for us.",
              "There's no budget for new software this year.",
              "Honestly, that's pricier than I expected.",
              "We're a small business, we can't spend that on a rota."],
    "timing": ["It's really not a good time, we're opening a new site.",
               "Maybe after the holidays, things are crazy right now.",
               "I'm flat out this week, I can't look at anything new.",
               "Can we leave it till next quarter? We're swamped."],
    "competitor": ["We already use When I Work, and it does the job.",
                   "We're pretty happy with the system we've got.",
                   "Our payroll software already has a scheduler built in.",
                   "We switched to a new tool in the spring, we're not changing again."],
    "no_need": ["There are only six of us, we don't need software for that.",
                "Spreadsheets work fine for us, to be honest.",
                "We don't really have a scheduling problem.",
                "Our team's small, I just text everyone their shifts."],
}
HANDLING = {
    "price": ["I hear you, you could start with one location and keep costs down.",
              "Totally fair, and there's no contract, you can cancel any time.",
              "Most customers find it pays for itself in saved overtime.",
              "The first month is free, so you'd see the savings before paying anything."],
    "timing": ["Understood, I'll keep it to one more minute.",
               "No problem, I can send over a two minute video for later.",
               "That's fine, we'd do the setup for you when things calm down.",
               "Sure, we can start whenever suits, I just want to show you what it does."],
    "competitor": ["Good to hear, a lot of teams move to us from When I Work for the swaps feature.",
                   "It connects with most payroll systems, so you wouldn't lose anything.",
                   "No pressure, a trial would let you compare the two side by side.",
                   "We can move your existing schedules over for free."],
    "no_need": ["Fair enough, lots of our customers are teams under ten.",
                "Sure, it's more about the last minute swaps than the size of the team.",
                "Then setup would take you about ten minutes.",
                "Understood, can I at least email you a short overview?"],
}
AFTER_HANDLING = ["Okay, that's fair, carry on.", "Alright, go ahead.", "Mm, okay, what else?", "Fine, keep going.",
                  "Sure, go on then."]

OUTCOME_CLIENT = {
    "sale": ["Okay, send the contract over, we'll have a look and sign.",
             "You know what, let's do it, set us up on the annual plan.",
             "Right, we'll take it, where do I put the card details?",
             "Go on then, sign us up for all three locations."],
    "meeting": ["Sure, let's do a demo, Thursday afternoon works.",
                "Okay, send me an invite for next Tuesday morning.",
                "Fine, show me on Friday, and I'll bring my ops manager.",
                "Yeah, book me in, any time Wednesday after two."],
    "callback": ["Let me talk to my boss first, call me Thursday.",
                 "Give me a ring next Monday, I'll know more then.",
                 "Can you try me back at the end of the month?",
                 "I'll have a think, call me again next week."],
    "refusal": ["We'll think about it, but please don't ring us.",
                "No, it's really not something we need.",
                "Honestly, we're fine as we are, no thanks.",
                "I'm going to say no, and please take my number off."],
}
OUTCOME_OPERATOR = {
    "sale": ["Fantastic, the contract's on its way to you now.",
             "Great decision, you'll get your login details within the hour.",
             "Wonderful, I'll get your account set up today."],
    "meeting": ["Lovely, I'll send the calendar invite now.", "Great, it's in the diary.",
                "Perfect, I'll have everything ready to show you."],
    "callback": ["No problem, I'll call you then.", "Sure, I've made a note, speak then.",
                 "Okay, I'll ring you back as agreed."],
    "refusal": ["Understood, sorry to have bothered you.", "No problem, I won't call again.",
                "Okay, thanks for being straight with me."],
}
VAGUE_CLIENT = ["Okay, I'll bear it in mind.", "Right, we'll see how it goes.", "Hmm, maybe, I don't know.",
                "Alright, I'll think about it."]
HANGUP_CLIENT = ["Sorry, I've got a customer, I have to go.", "Oh, the other line's ringing, bye.",
                 "Ah, my manager needs me, sorry, bye.", "Look, I'm in the middle of service, bye."]
HOLD_START = ["Sorry, can you wait a sec, the delivery's here.", "Hang on, someone's asking me something.",
              "Give me one moment, please."]
HOLD_END = ["Okay, sorry, go ahead.", "I'm back, sorry about that.", "Right, that's sorted, go on."]
LINE_CHECK = [("Hello, are you still there?", "Yes, still here, go on."),
              ("The line's a bit crackly, can you hear me okay?", "Yes, that's fine now."),
              ("I think we got cut off, hello?", "Hello, yes, I'm here.")]
