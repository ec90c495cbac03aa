"""Article and comment texts of the English widget pages and the
disinformation-style blogs (written for this corpus).  Markup: see fmt.py."""

TEXTS = {}

# --------------------------------------------------------------- Facebook plugin
TEXTS["fbplugin_01"] = """
T: Council approves 24-hour gym in former Market Street bank
A: Priya Nandakumar
TAGS: planning, Market Street, council
S: Neighbours had objected to late-night noise, but planners said the building's thick walls made it one of the quietest sites in the centre.
P: A 24-hour gym will open in the former Northern Counties Bank building on Market Street after the planning committee approved the change of use by six votes to three on Wednesday evening.
P: The Grade II listed building has been empty since the bank branch closed in 2019. The operator, FitLoop, plans to keep the banking hall's plaster ceiling and put the weights area in the old vault.
FIG: The former bank has stood empty for four years. || Photo: Harbourview Daily
P: Eleven residents of the flats opposite had written to object, mainly about people arriving and leaving in the small hours. Councillor Denise Abara said the committee had added a condition that the side door on Tanner's Lane must not be used between 11pm and 6am.
REL: Market Street traders say footfall is finally recovering
P: FitLoop said it would create fourteen jobs. Work on the interior is expected to start in the spring.
C: Karen Whitlock {work=Harbourview NHS Trust; likes=14; more=3} | Good news. Shift workers like me have nowhere to train at 5am at the moment. Better a gym than another empty building.
C:> Tom Fairley {loc=Harbourview; likes=2} | Agree Karen. The building was starting to look really sad.
C: Mo Rahman {badge=Top fan; likes=9} | So we get a gym but still no public toilets on Market Street 🙄
C:> Sheila Brent {likes=4} | Ha! Mo is right though. The council keeps saying it's looking into toilets. For about ten years now.
C:> Jason Cole {school=Harbourview College; likes=1} | Sheila the toilets are in the library, open till 7.
C: Darren Pike {loc=Lower Quay; edited=1} | Shame about the bank. My grandad worked there for forty years. At least they're keeping the ceiling.
C: Lisa M. Grant {loc=Tanner's Lane; likes=3} | How will they stop people parking on Tanner's Lane at 2am? That's the real problem for the flats, not the door.
C:> Priya Nandakumar {badge=Author; work=Harbourview Daily; likes=6} | Hi Lisa, the committee report says the operator has to publish a travel plan before opening. I'll follow up when it's out.
"""

TEXTS["fbplugin_02"] = """
T: My first all-grain brew day: everything that went wrong
A: Callum
TAGS: homebrew, all-grain, beginners
P: After two years of kit beers I finally did a full all-grain batch last Saturday: a simple pale ale, 20 litres, one malt and two hops. It took nine hours instead of five, and I made almost every mistake in the book.
H: Mistake one: the mash temperature
P: I heated the strike water to the temperature the calculator gave me, but my mash tun was cold from the garage. The mash settled at 62 degrees instead of 66, so the beer will be thinner and drier than planned.
H: Mistake two: the boil-over
P: Everyone warns you about this and I still looked away for thirty seconds. There is now a sticky brown ring on the hob that my partner has opinions about.
H: Mistake three: cooling
P: My immersion chiller hose popped off the tap and sprayed the kitchen. Cooling took fifty minutes in the end.
P: The good news: the yeast took off within six hours, and the sample from the fermenter tastes like beer. I'll report back in three weeks.
C: Ewan Doig {loc=Dundee; likes=7} | Preheat the mash tun with a kettle of boiling water, game changer. We've all done the boil-over, welcome to the club 😂
C:> Callum {badge=Author; likes=2} | Ha, thanks Ewan. Kettle trick noted!
C: Hannah Vogel {school=Heriot-Watt University; likes=11; more=2} | For the chiller, a jubilee clip on the tap connector costs pennies. Also 62 isn't a disaster, it'll just be very drinkable and dry. Sounds like a session beer to me!
C:> Callum {badge=Author} | I'll take "session beer" as a win. Clips ordered.
C: Raymond Sutter {work=Retired} | Been brewing since 1984. Nine hours for a first all-grain is perfectly normal, my first took eleven. It gets faster and the beer gets better.
C: Joe Bayliss {likes=1} | What hops did you use?
C:> Callum {badge=Author; likes=1} | Joe, Cascade for bittering and a big handful of Citra at flameout.
"""

# --------------------------------------------------------------------- Livefyre
TEXTS["livefyre_01"] = """
T: Lakeside Sounds festival reveals full line-up, with three headliners new to the UK
A: Marcus Bell
TAGS: festivals, music, Lakeside Sounds
S: The three-day event returns in August with 64 acts across four stages and, for the first time, a silent disco in the woods.
P: Lakeside Sounds has announced its complete line-up for this summer, with Swedish electronic duo Nattskift, Ghanaian highlife band Osei & The Lanterns and American singer-songwriter June Calloway topping the bill on consecutive nights.
P: None of the three has played a British festival before. Organiser Ruth Penhaligon said booking acts that audiences had not already seen at every other summer event had been "the whole point this year".
P: Weekend tickets go on sale on Friday at 9am, priced at 189 pounds, with a limited number of early-bird camping passes. Day tickets will follow in May.
H: What else is new
P: A fourth stage, the Boathouse, will host smaller acts chosen from a public open call, and the festival says it has doubled the number of water refill points after complaints about queues last year.
C: sophie_r {likes=23} | June Calloway!!! I've waited years to see her live. Friday morning alarm is SET.
C:> lakesidesounds {badge=Moderator; likes=8} | We're excited too Sophie! Tip: have your account set up before 9am, it makes checkout much quicker.
C:> gregtheroadie | Good luck, the site crashed for an hour last year.
C: DeanoFromDerby {likes=4; more=2} | 189 quid for a weekend is steep when you don't know half the names. Used to be 120.
C:> Mel_Warrington {likes=12} | Deano that's exactly what's good about it though. I found my favourite band at a festival by wandering into a tent I'd never heard of.
C: PaulineK | Will there be a shuttle bus from the station again? Last year it stopped at 11pm and the headliner finished at 11.30.
C: festival_frank {likes=2} | Doubled water points is the real headline for me. Last year's queue at the main stage refill was 40 minutes in 30 degree heat.
"""

TEXTS["livefyre_02"] = """
T: Why your smart thermostat keeps switching the boiler on and off
A: Nadia Clarke
TAGS: smart home, heating, energy
S: Short cycling wastes energy and wears out boilers. Usually the fix is a single setting buried three menus deep.
P: If your boiler fires up for two minutes, stops, and fires up again a few minutes later, you are seeing what engineers call short cycling. With many smart thermostats it gets worse, not better, after installation.
P: The reason is usually the control method. Many thermostats default to a mode that switches the boiler on and off up to six times an hour to hold the temperature within a narrow band.
H: The setting to look for
P: Look for a setting called cycles per hour, control algorithm or boiler type. For most modern combination boilers three cycles per hour is a better choice than six. If your thermostat supports OpenTherm and your boiler does too, use it: the boiler then modulates its flame instead of switching on and off.
P: If none of this helps, the boiler's own minimum output may simply be too high for your home, which is a question for a heating engineer.
C: HeatingGeekUK {badge=Featured; likes=41} | Good article. I'd add: check the boiler's own anti-cycle timer. Many combis ship with it set to 1 minute, setting it to 10 stops a lot of this before the thermostat even gets involved.
C:> Nadia Clarke {badge=Staff; likes=9} | Thanks, that's a great tip. We'll add a note to the article.
C:> r_okonkwo | Where do you find that setting? My manual doesn't mention it at all.
C:>> HeatingGeekUK {likes=6} | It's often only in the installer menu. Search for your model plus "installer code", or ask whoever services it.
C: Jan Pietersen {likes=3} | Changed mine from 6 to 3 cycles per hour last night. The house feels exactly the same and the boiler has gone quiet. Thank you.
C: Bev H. | My thermostat doesn't have any of these settings. Is it just a bad thermostat?
C:> Nadia Clarke {badge=Staff; likes=2} | Bev, some cheaper models hide it completely. Which make is it?
"""

# --------------------------------------------------------------------- OpenWeb
TEXTS["openweb_01"] = """
T: Late penalty sends Ashford Rovers into the cup quarter-finals
A: Ben Haskins
TAGS: Ashford Rovers, cup, football
S: A stoppage-time spot kick from substitute Kofi Mensah settled a tense tie at Mill Lane after Westbury had levelled twice.
P: Ashford Rovers are through to the quarter-finals for the first time in eleven years after Kofi Mensah converted a penalty in the fourth minute of stoppage time to beat Westbury Town 3-2.
P: Rovers led twice through Liam Hart and a Daniel Osei header, but Westbury drew level each time, the second equaliser coming from a deflected free kick with seven minutes to go.
P: The decisive moment came when Westbury's goalkeeper brought down Hart as he chased a long ball. The referee pointed to the spot without hesitation and Mensah, on the pitch for barely ten minutes, sent the keeper the wrong way.
P: "I told him before he came on to be brave," said Rovers manager Gareth Lyle. "He was."
C: AshfordTilIDie {up=87; down=3; more=4} | Mill Lane was rocking! Mensah ice cold from the spot. What a night.
C:> westbury_wanderer {up=4; down=21} | Never a penalty. Hart went down far too easily.
C:>> AshfordTilIDie {up=33} | Keeper took his legs from behind mate. Stonewall.
C:> Ben Haskins {badge=Verified; up=19} | For what it's worth, the replays show clear contact from the keeper's knee. The referee was five yards away.
C: Tracey Lyons {up=12; nrep=2} | Can we talk about Osei's header? Best goal I've seen at Mill Lane in years.
C: Gaz1987 {badge=Top Commenter; up=25; down=2} | Lyle has turned this team around in six months. Last season we'd have lost this 4-0.
C: ProperFootball {up=3; down=8} | Enjoy it while it lasts, you'll draw a Premier League side next.
"""

TEXTS["openweb_02"] = """
T: Mortgage rates fall for a third week as lenders compete for buyers
A: Helen Marsh
TAGS: mortgages, interest rates, housing
S: The average two-year fixed rate is now at its lowest since last spring, but brokers warn that the cuts are aimed at borrowers with large deposits.
P: The average two-year fixed mortgage rate fell to 4.9% this week, the third weekly fall in a row, according to figures from the data provider Rateview.
P: Several large lenders cut rates by up to 0.3 percentage points, in what brokers described as a scramble for business in a slow market.
P: However, most of the cheapest deals require a deposit of at least 40%. For buyers with a 10% deposit the average rate fell by only 0.05 points.
H: What it means for people remortgaging
P: Around 1.5 million fixed-rate deals end this year. Borrowers coming off deals fixed at under 2% will still face a sharp rise in monthly payments, even at today's lower rates.
C: FirstTimeBuyer22 {up=54; more=3} | Great, rates fall for people who already have 40% deposits. For the rest of us nothing changes.
C:> Helen Marsh {badge=Author; up=22} | That's a fair reading of the data. The gap between the best and the high loan-to-value rates is the widest it has been in over a decade.
C:> landlord_lee {up=2; down=30} | Keep saving then. Nobody is owed a house.
C:>> FirstTimeBuyer22 {up=41} | I've been saving for six years while paying your tenants' rents, Lee. Interesting how that works.
C: Marion K {up=17; nrep=3} | Our fix ends in August. We're going from 1.7% to about 5%. That's 420 pounds a month more. Terrifying.
C: David_F_Economics {badge=Verified; up=31; down=4} | The swap rates that lenders price off have been falling since January, so this was expected. Don't expect much more movement unless inflation surprises on the downside.
C: Rob T {up=6} | Fixed for five years last month at 5.2. Feeling a bit silly now.
"""

# ---------------------------------------------------------------------- Vuukle
TEXTS["vuukle_01"] = """
T: Monsoon reaches Kerala three days early, IMD says
A: Anjali Menon
TAGS: monsoon, IMD, Kerala, weather
S: The weather office says rainfall over the season is likely to be normal, but warned of heavy spells in the coastal districts this week.
P: The southwest monsoon set in over Kerala on Tuesday, three days ahead of its normal onset date of June 1, the India Meteorological Department said.
P: Heavy rain was recorded in Thiruvananthapuram, Kollam and Alappuzha districts, with some stations reporting more than 70 mm in 24 hours. An orange alert has been issued for four districts until Thursday.
FIG: Commuters wade through a flooded street in Kochi on Tuesday. || Photo: Special Arrangement
P: Fishermen have been advised not to venture into the sea along the Kerala and Karnataka coasts for the next five days because of strong winds.
P: The IMD has forecast normal rainfall for the country as a whole, at 96 to 104 percent of the long-period average.
C: Suresh Pillai {up=45; down=2} | Good news for farmers but please clear the drains in Kochi BEFORE the monsoon next time. Same flooding every year at MG Road.
C:> Ravi K {up=12} | Agree 100%. Every year the same photos.
C: Meera Nair {up=21; down=1; more=2} | Early onset does not always mean good rainfall. In 2019 it was late and still excess. Let us see how June goes.
C:> Arun Thomas {up=8} | True. The distribution matters more than the start date.
C: Vinod Kumar {up=3; down=9} | Every year IMD says normal and then it is either drought or flood. Why should we trust them?
C:> Anjali Menon {up=15} | Vinod, the IMD's seasonal forecasts have been within the stated error range in most of the last ten years. We will publish a fact check on this next week.
C: Fathima Beevi {up=6} | Please share the helpline numbers for the orange alert districts.
"""

# ----------------------------------------------------------------- IntenseDebate
TEXTS["intensedebate_01"] = """
T: Shooting the Perseids with nothing but a kit lens
A: Ollie
TAGS: astrophotography, Perseids, night sky
P: Every August I tell myself I'll photograph the Perseids properly, and every August I end up with forty frames of empty sky. This year I finally caught some, using the cheap 18-55 mm lens that came with my camera.
H: Settings that worked
UL: Lens at 18 mm and wide open at f/3.5
UL: ISO 3200, 20 second exposures
UL: Manual focus on a bright star using live view, then taped the focus ring
UL: Continuous shooting with an intervalometer for two hours
P: Out of about 350 frames, eleven had a meteor in them, and three were bright enough to be worth keeping. The best one crossed right through the Milky Way.
FIG: A Perseid meteor over the reservoir, 18 mm, 20 s, ISO 3200. || Photo: Ollie Brandt
P: The biggest lesson: location matters far more than gear. I drove forty minutes to get away from the town's light dome and it made all the difference.
C: Stargazer_Jen {score=4} | Lovely shot! Taping the focus ring is such an underrated tip. I lost a whole night once because I bumped it.
C:> Ollie {score=2} | Thanks Jen! Yes, learned that the hard way too.
C: Dmitri P. {score=3} | You can also stack the frames with meteors onto one background frame. Makes a dramatic composite, though some people consider that cheating.
C:> Ollie {score=1} | I've seen those, they look amazing. I want to try it next year but keep this one as a single frame.
C:>> Dmitri P. {score=1} | Fair enough, the single frame has its own charm.
C: Mike Hollis {score=0} | What camera body?
C: Ana Lucia {score=2} | Which reservoir is this? Looks like the one near my parents' place.
"""

# ----------------------------------------------------------------- Commento
TEXTS["commento_01"] = """
T: Why I moved my blog off a static site generator (and then back)
A: Rafael
TAGS: blogging, static sites, self-hosting
P: Two years ago I moved this blog from a static site generator to a small database-backed CMS. I wanted drafts on my phone, scheduled posts and an editor that wasn't a terminal. Last month I moved it back.
H: What went wrong
P: Nothing dramatic. The CMS needed updates every few weeks, the database needed backups, and a plugin I relied on was abandoned. I was spending more time maintaining the blog than writing on it.
H: What I do now
P: Posts are Markdown files in a git repository. I write drafts in a notes app on my phone and paste them in when I'm at a computer. A scheduled job builds and deploys the site every morning, so a post with a future date simply appears on that day.
P: The only dynamic thing left is this comment box, which is a small self-hosted service with its own tiny database. If it breaks, the blog still works.
C: ksenia_w {up=12} | The "scheduled build every morning" trick is so simple and so good. Stealing it.
C:> Rafael {up=3; badge=Moderator} | Glad it's useful. It's five lines in a CI config.
C: tobias {up=4} | I went the exact same route. CMS fatigue is real. The thing I miss is image resizing, how do you handle that?
C:> Rafael {up=2; badge=Moderator} | The generator resizes at build time. Builds take a bit longer but I don't notice at 6am.
C:>> tobias {up=1} | Makes sense. Mine doesn't do that, might be time to switch.
C: - {up=0} | Static is great until you want search.
C:> ksenia_w {up=5} | There are client-side search indexes that work fine for a blog this size.
"""

# ------------------------------------------------------------------- Hyvor Talk
TEXTS["hyvor_01"] = """
T: Two days in Ljubljana on a budget
A: Maren
TAGS: Slovenia, city breaks, budget travel
S: Dragons, a castle, and the best-value lunch menus I've found in any European capital.
P: Ljubljana is small enough to walk everywhere, which is the first reason it's cheap. We didn't use a single bus in two days, apart from the airport shuttle.
H: Day one
P: Start at the Triple Bridge and the market, then walk up to the castle rather than taking the funicular. The view from the tower is worth the entry fee; the grounds are free.
P: For lunch, look for the daily menu boards, called malica, outside small restaurants. Soup, a main and a salad for around ten euros is normal.
H: Day two
P: Rent a bike from the city scheme and ride out along the river to Tivoli Park. In the evening, the riverside bars along the Ljubljanica fill up, but a glass of local wine is still cheaper than a coffee in some capitals.
C: Pavel {up=9} | Great guide! I'd add the Metelkova area for anyone into street art and live music. Totally free to walk around.
C:> Maren {badge=Author; up=4} | Yes! We walked past it but didn't go in. Next time for sure.
C: Sanne de Vries {up=6} | We did a day trip to Lake Bled from Ljubljana too, the bus is cheap and takes about an hour. Highly recommend.
C: Jorge M. {up=2} | Is October too late for the bikes? We're going in the middle of the month.
C:> Maren {badge=Author; up=3} | Jorge, I think the scheme runs all year, but check their site for winter hours. October should be lovely.
C: Ellie {up=1} | Saving this for my trip in spring 😊
"""

# ------------------------------------------------------------------- giscus
TEXTS["giscus_01"] = """
T: Rust lifetimes, explained with one diagram
A: Ines
TAGS: rust, lifetimes, borrow checker
P: Most explanations of lifetimes start with syntax. This one starts with a picture: a timeline for every value, and an arrow for every reference.
P: A reference is valid only while the arrow's target is still alive. The borrow checker's job is to prove that no arrow ever points to a value whose timeline has already ended.
H: Reading a signature
P: When a function returns a reference and takes two references as input, the compiler needs to know which input the returned arrow points into. That is all an annotation like 'a says: the output lives at most as long as this input.
P: Once you see lifetimes as constraints between timelines instead of as a feature of types, most error messages become much easier to read.
C: mkowalski {likes=8} | This is the first explanation that made it click for me. The timeline picture should be in the book.
C:> Ines {badge=Author; likes=3} | Thank you! I'm planning a second part on lifetimes in structs.
C: dbeaumont {likes=2} | Small nit: in the second diagram the arrow from r2 looks like it outlives x, which is the error case, but the caption says it compiles.
C:> Ines {badge=Author; likes=1} | Good catch, the caption was from an earlier draft. Fixed now.
C:> quietgopher | I noticed that too, thought I was misunderstanding it!
C: saoirse-dev | Would love the same treatment for async and Pin.
"""

# ------------------------------------------------------------ news, own comments
TEXTS["native_en_01"] = """
T: School streets to close to cars at drop-off and pick-up times
A: Gemma Okafor
TAGS: schools, traffic, road safety
S: Twelve primary schools will have their streets closed to through traffic for 45 minutes at each end of the school day from September.
P: Roads outside twelve primary schools will close to motor traffic during drop-off and pick-up times from the start of the autumn term, after a trial at three schools cut traffic on those streets by more than half.
P: Residents and blue badge holders will be exempt, and cameras will be used to issue fines of 70 pounds to other drivers who enter the zones while they are active.
P: The council says the trial schools also saw more children walking or cycling: the share of pupils arriving by car fell from 38% to 24%.
H: Concerns from parents who drive
P: Some parents who drive to work after drop-off said the closures would force them to park further away and walk, adding ten minutes to their morning. The council said it would review the scheme after a year.
C: Jo Brennan {badge=Top commenter; up=64; down=5} | Brilliant. The trial at St Anne's was transformative. Kids actually chatting on the way in instead of dodging SUVs.
C:> Paul Keane {up=12; down=18} | Easy to say if you live round the corner. Some of us have to drive to the other side of town straight after.
C:>> Jo Brennan {badge=Top commenter; up=30; down=2} | Paul, you can still drive, you just park two streets away and walk for five minutes. That's all it is.
C: Ruth Abbott {badge=Verified; up=22; more=4} | As a head teacher at one of the trial schools: the difference at the gates was huge. Happy to answer questions.
C:> Sam Wilde {up=9} | How did you deal with the parents who ignored the signs in the first weeks?
C:>> Ruth Abbott {badge=Verified; up=14} | Mostly by talking to them at the gate. The cameras only went live in week three and by then most people had adjusted.
C: Gemma Okafor {badge=Author; up=11} | Thanks for all the comments. Several of you asked which twelve schools are included: the full list is in the council report, linked at the bottom of the article.
C: Dennis Grey {up=3; down=7} | Another excuse to fine drivers.
"""

# --------------------------------------------------- disinformation-style blogs
TEXTS["disinfo_01"] = """
T: SMART METERS: What the Utility Company Is NOT Telling You
A: Watchman Ray
TAGS: smart meters, surveillance, utilities
S: They said it was about saving energy. It was never about saving energy.
P: Three years ago a man in a hi-vis vest knocked on my door and told me my old meter "needed upgrading". He was polite. They are always polite. What he did not tell me is that the new box on my wall reports every single thing I do, every half hour, to a company I never agreed to share my life with.
P: Think about it. When you wake up. When you shower. When you cook. When you are away on holiday. Who else wants to know when your house is empty? Ask yourself that.
P: I wrote to the company four times asking who has access to my data. Four times I got a letter telling me it is "securely processed". Securely processed BY WHOM?
H: What you can do
UL: Refuse the installation. It is NOT compulsory, whatever they say on the phone.
UL: If you already have one, ask in writing for the data collection to be set to monthly.
UL: Share this article before it gets buried.
C: Patriot_Gran | THANK YOU for writing this. They came to my mother's house while she was alone and she let them in because she thought she HAD to. She is 84. DISGRACEFUL.
C:> Watchman Ray | Exactly the kind of story I hear every week Gran. Please help her write that letter.
C: Kev from Kent | I'm an electrician and I have to say, the half-hourly reading is optional and you can switch it to monthly in about five minutes on the phone. No need to panic people.
C:> TRUTHSEEKER_77 | "No need to panic" is EXACTLY what they want you to say Kev. Who do you work for?? Look up the patent filings, it is ALL there: http://www.meter-truth-archive.net/patents/list-2019.html
C:>> Kev from Kent | I work for myself, mate. Patents don't prove anything is being done.
C: WakeUpBritain | They are not just metering your electricity. THEY ARE METERING YOUR LIFE. First the meters, then the cars, then the cash. Connect the dots people!!! Read this and share it everywhere: https://freespeechpress.example.org/articles/the-grid-knows
C: Linda S. | I refused mine four years ago. They keep sending letters with URGENT on the envelope. I put them straight in the recycling.
"""

TEXTS["disinfo_02"] = """
T: The Cashless Trap Is Already Here. Read This Before It's Too Late
A: J. D. Harlan
TAGS: cashless, banks, freedom
S: My local bank branch closed last week. The cash machine outside went with it. This is not an accident.
P: Ten years ago there were four bank branches on our high street. Now there are none. The last one closed on Friday, and the cash machine on the wall was switched off the same afternoon.
P: They tell you it is because "customers prefer digital". Nobody asked me. Nobody asked the pensioners queuing outside on the last day either, some of them in tears.
P: Once cash is gone, every purchase you make is recorded and every payment can be switched off with one click. You will not need to do anything wrong. You will just need to be on the wrong list.
Q: "A society that can no longer pay in cash is a society that can be switched off." Remember who told you first.
P: Take out cash. Use it. Pay in cash at every shop that still accepts it, and tell them why.
C: Margaret Elsworth | Our branch closed in March. I now have to take two buses to get to a bank. Two buses! At my age. Nobody cares about people like us.
C:> J. D. Harlan | We care Margaret. Please write to your MP, the more letters the better.
C: FreeMan_Steve | EXACTLY RIGHT. I have been saying this for YEARS and people called me mad. WHO IS LAUGHING NOW? They closed the branches on purpose so nobody would notice the cash disappearing. Read the report here, they don't even hide it anymore https://www.moneyfreedomwatch.example.com/reports/2023-cash-phaseout.pdf and SHARE SHARE SHARE before it gets taken down!!!!!!
C:> Chris B | Steve, the report you linked is about cash machine fees, not a plan to abolish cash. It literally says cash use fell because of contactless cards.
C:>> FreeMan_Steve | Chris you are either naive or paid. Which one? READ IT AGAIN. The "fees" ARE the plan. Make cash expensive, then say nobody uses it, then abolish it. Same playbook every time.
C: Anne-Marie | The post office still does cash withdrawals for most banks, in case anyone here doesn't know. Worth asking at the counter.
C: TheLastFreeWoman | I only use cash. Every shop that says card only loses my business. If we all did this they would HAVE to back down.
C:> Margaret Elsworth | Good for you. I will try that.
"""
