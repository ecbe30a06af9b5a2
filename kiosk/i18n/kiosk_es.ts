<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Heel or arch pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ankle pain or sprain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back, knee or hip pain linked to the feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toenail problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin, corn or callus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diabetic foot check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sports injury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orthotics or footwear advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That %1 is too long. Please use at most %2 letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your %1 has a character we cannot show. Please type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please use only letters, spaces, hyphens and apostrophes in your %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your %1 with letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That date does not exist. Please check the day and month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That date is in the future. Please check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the year you were born.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the number. Use only digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the number. It looks too short or too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the number. It does not look like a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give a mobile number, so that we can text you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose at least one reason for your visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your whole date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please answer Yes or No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tell us if this is your first visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open wound, redness, fever or swelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have been here before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help moving around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-ins are welcome.
Tap “Check in” below to let us know you are here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutStep</name>
    <message>
        <source>Is this your first visit to us?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, this is my first visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, I have been here before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap below if you would like help getting to the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I need help moving around</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BirthDateStep</name>
    <message>
        <source>What is your date of birth?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInFlow</name>
    <message>
        <source>They are deleted at the end of today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are deleted after 1 day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are deleted after %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We keep your name, date of birth, mobile number and reasons for your visit on this kiosk so that the front desk can see you in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We keep your name, date of birth and reasons for your visit on this kiosk so that the front desk can see you in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We could not save your check-in. Please see the front desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <source>Check in: step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need help?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmCancel</name>
    <message>
        <source>Stop checking in? Your answers will be cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>You are checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are checked in. Your number is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person is ahead of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people are ahead of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please take a seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are sorry. Nothing you entered was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Footer</name>
    <message>
        <source>Slide %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need help?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpNotice</name>
    <message>
        <source>We have let the front desk know. Someone will come to help you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageButtons</name>
    <message>
        <source>Show the screens in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageName</name>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>The screen is resting. Tap to wake it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap to wake</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MobileStep</name>
    <message>
        <source>Your mobile number (you can leave this empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So that the front desk can text you if they need to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameStep</name>
    <message>
        <source>What is your name?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits typed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>No one has checked in today yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URGENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs help moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · arrived %2 · waited %3 min · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One day earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One day later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find USB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all check-ins now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonStep</name>
    <message>
        <source>Why are you here today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you have an open wound, spreading redness, fever or sudden swelling?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <source>Please check your answers. Tap a line to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>The clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of the bar and buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour %1, contrast %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide across</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask &quot;Still there?&quot; after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chime at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep check-ins for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dim the screen when the clinic is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dim from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wake at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for USB again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlideEditor</name>
    <message>
        <source>Preview at the kiosk&apos;s size (%1 × %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · reading grade %1 (7 or below reads well)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture beside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto (reading time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code link (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words under the QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for USB again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlidesPage</name>
    <message>
        <source>Today: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not playing now: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture beside text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playing now: the %1 slides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the built-in slides</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffCreateAccount</name>
    <message>
        <source>Create the first staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PIN of 6 to 12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the same PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each member of staff signs in with their own name and PIN, so that every change is known by who made it. Type your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffHome</name>
    <message>
        <source>Signed in to staff mode as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the names, dates of birth, reasons and phone numbers of every check-in now? Ticket numbers and times are kept for counts. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the built-in slides again instead of the clinic&apos;s own? The clinic&apos;s slides are kept aside in the kiosk&apos;s data folder, where IT can bring them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the kiosk and show the desktop? Patients cannot check in until it is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Staff mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffSignIn</name>
    <message>
        <source>Staff sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap your name, then type your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs. Sign-in is locked for 1 more second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs. Sign-in is locked for %1 more seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to slides</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>Less: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StillThere</name>
    <message>
        <source>Still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This check-in will close in 1 second and your answers will be cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This check-in will close in %1 seconds and your answers will be cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today %1 of %2 slides play.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
