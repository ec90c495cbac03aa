"""Article and comment texts of the held-out pages (written for this corpus;
none of them is shared with the tune pages).  Markup: see content_format.py."""

TEXTS = {}

TEXTS["wp_classic_05"] = """
T: The hens have stopped laying (again)
A: Mags
TAGS: hens, winter, moulting
P: It happens every year when the days get shorter, and every year I panic. The egg box on the counter has been empty for nine days, and the girls are looking scruffy and sorry for themselves.
P: It is the moult, of course. As the days shorten, hens drop their old feathers and grow new ones, and making feathers takes all the protein that would otherwise go into eggs.
FIG: Hazel, mid-moult, looking like she has been through a hedge backwards.
P: There is not much to do except wait, keep them dry, and give them a bit more protein. Mine get a handful of dried mealworms in the afternoon, which they treat as the highlight of their day.
P: Some people put a light in the coop to keep them laying through winter. I don't. I think they have earned a rest.
C:^> Joan P. | Same here with the mealworms. Mine also get a warm mash on frosty mornings.
C: Rik | We haven't had an egg since Halloween. Three hens, zero eggs, and they still eat like horses 😂
C:> Mags | Ha! That's hens for you. They'll start again in February, probably all at once.
C: Sue Ellen | Is it normal for them to lose feathers on their backs? One of mine is nearly bald there.
C:> Mags | Could be the moult, but a bald back is sometimes from the cockerel, if you have one. Worth checking for mites too.
C:>> Sue Ellen | No cockerel, so I'll check for mites this weekend. Thank you!
C: Wim | Bij ons precies hetzelfde. Geen eieren sinds oktober, maar ze zijn wel gezond.
"""

TEXTS["wpdiscuz_04"] = """
T: How we made a tiny hallway feel twice as big
A: Rosie Allard
TAGS: hallway, small spaces, paint
P: Our hallway is 90 centimetres wide and it used to be where coats, shoes and bikes went to die. You had to turn sideways to get to the stairs.
P: We had almost no budget, so everything here is cheap or second-hand. The biggest change cost nothing at all: we moved the bikes out to a cover in the garden.
FIG: The hallway after: pale walls, one mirror and a lot less stuff. || Photo: Hearth & Home
H: Paint the ceiling the same colour as the walls
P: It sounds counterintuitive, but painting the ceiling in the same soft white as the walls blurred the edges of the room and made it feel taller.
H: One big mirror instead of lots of small things
P: We took down six small frames and hung a single large mirror opposite the front door. It doubles the light from the door's glass panel.
H: Hooks, not a coat stand
P: A row of slim hooks along one wall takes up a fraction of the floor space of the old coat stand, and it stops the pile from growing because there are only so many hooks.
C: Meg | The ceiling tip is so good. We did it in our box room and it's like a different space.
C: Daniel K | Where is the mirror from? Looks great.
C:> Rosie Allard | Thank you! It was from a charity shop, we just painted the frame.
C:>> Daniel K | Even better 👍
C: Hallway Hater | Ours is 80 cm and we have a pram. Any tips for that?? Nowhere else for it to go.
C:> Ines | We had the same problem, we used a folding buggy in the hallway and kept the big pram in the car boot.
C: Caro | Ik heb precies hetzelfde gedaan met het plafond. Echt een aanrader!
"""

TEXTS["disqus_04"] = """
T: Rookie quarterback's fourth-quarter comeback keeps playoff hopes alive
A: Marcus Bell
S: Two touchdown drives in the final six minutes turned a blowout into the most important win of the season.
P: For three quarters on Sunday, it looked like the season was over. Down 24-10 with six minutes left, the offence had managed a single touchdown and the crowd had started to leave.
P: Then the rookie quarterback took over. He completed nine of eleven passes on two long drives, the second ending with a 14-yard touchdown to the tight end with 38 seconds on the clock. A two-point conversion sealed it, 26-24.
FIG: The rookie celebrates the winning two-point conversion. || Photo: Gridiron Report
P: "I just kept telling the guys we had time," he said afterwards. "Six minutes is forever in this league."
P: The win keeps the team one game behind the final wild-card spot with three games to play, and the schedule is kind: two of the last three opponents have losing records.
C: Darnell R. | I turned it off at 24-10. Will never do that again.
C:> GoBlue88 | Same here. My brother sent me a video of the last drive and I thought it was a replay from another game.
C: Sheila in Section 112 | Best game I've been to in ten years. The noise on that two-point play 😭
C: Coach K | The o-line finally gave him time. That's the real story. Three sacks in the first half, zero in the fourth quarter.
C:> Marcus Bell | Good point, they went to more quick passes and max protection in the fourth. Worth a film study piece.
C: Pete B | Don't get excited. We've blown bigger leads than the one we just came back from.
"""

TEXTS["blogger_04"] = """
T: Beetroot brownies (really)
A: Greta
TAGS: baking, beetroot, allotment
P: The allotment produced far more beetroot this year than any household could reasonably eat, so I went looking for ways to hide it in cake. These brownies are the result, and nobody at work guessed.
P: You need 250 g of cooked beetroot, blended until smooth, 200 g of dark chocolate, 100 g of butter, 3 eggs, 200 g of sugar and 100 g of flour. No cocoa, the chocolate does all the work.
FIG: Dense, fudgy and a very suspicious colour.
P: Melt the chocolate and butter together, beat the eggs and sugar until pale, then fold everything together with the flour. Bake at 180 degrees for about 25 minutes, until the middle is only just set.
P: They are even better the next day, and they keep for nearly a week in a tin, which normal brownies never do in this house.
C: Brigitte | Ich habe sie gestern gebacken, unglaublich saftig! Man schmeckt die Rote Bete überhaupt nicht.
C: Anonymous | Can you use raw beetroot grated instead?
C: Greta | Anonymous, I haven't tried raw, it would probably be a bit crunchy. Roasted or boiled works best.
C: allotment Al | Finally a use for my beetroot mountain. Thanks Greta!
C: Sian | Made these for my son's birthday and told nobody. Empty plate in ten minutes.
"""

TEXTS["reddit_03"] = """
T: First all-grain batch: mash temperature dropped 6 degrees in an hour. Is it ruined?
A: mashtun_mike
P: Did my first all-grain brew yesterday, a simple pale ale. I hit 66°C at the start of the mash but by the end of the hour it was down to 60°C. I'm using a cheap cooler as a mash tun.
P: The wort tasted sweet and the gravity was a bit low, 1.042 instead of the 1.048 I was aiming for. Is this batch ruined or will it still be beer?
C: yeast_whisperer | It'll be beer. Probably a slightly drier, lighter beer than planned, but beer. Most conversion happens in the first 20-30 minutes anyway.
C:> mashtun_mike | Oh that's a relief. I was about to pour it out.
C:>> yeast_whisperer | Never pour it out! Ferment it and see. You'll be surprised.
C: brewdad_in_ohio | Preheat the cooler with hot water for 15 minutes before you mash in. Cheap coolers soak up a lot of heat.
C:> hopsandhope | And wrap it in an old sleeping bag. Looks ridiculous, works great.
C: [deleted] | [removed]
C: Zythophile | Low gravity is more likely your crush than the temperature. Did you mill the grain yourself?
C:> mashtun_mike | No, the shop milled it. I'll ask them to do a finer crush next time.
"""

TEXTS["news_b_01"] = """
T: School board split over plan to close Harbor Street Elementary
A: Ellen Marchetti
S: A consultant's report recommends merging two schools to save $1.2 million a year. Parents say the numbers leave out the cost to families.
P: The Lakeshore school board voted 4-3 on Monday to begin the formal process of closing Harbor Street Elementary, the oldest school in the district, and moving its 180 students to Pine Ridge Elementary two miles away.
P: The vote does not close the school, but it starts a 90-day public comment period that will end with a final vote in the spring.
FIG: Parents and students hold signs outside the board meeting on Monday evening. || Photo by Ellen Marchetti / Lakeshore Ledger
P: A consultant hired by the district last year found that both schools are well under capacity and that combining them would save about $1.2 million a year, mostly in staff and building costs.
REL: Library board vacancies
P: More than 100 people packed the meeting, and nearly all of the 31 speakers opposed the closure. Several said the longer bus ride would be hard on younger children, and that the report did not count the cost of extra transportation.
P: Board member Ray Duchene, who voted no, said the district should look at sharing the Harbor Street building with the county library before closing it.
C: Beth O'Connor | My kids would be on a bus for 40 minutes each way. That's not a small thing for a 6 year old.
C:> Tony Alvarez | Beth, the report says 25 minutes. Not saying that's nothing but let's use the right numbers.
C:>> Beth O'Connor | The report assumes no stops. Our bus has 11.
C: Gail Horvath | I went to Harbor Street in 1962. It was old then. Sometimes you have to let a building go.
C: Lakeshore Dad | Where does the 1.2 million actually go? Back to classrooms or into the admin budget?
C:> Ray D. | That's the question I asked at the meeting. No clear answer yet.
C: Jenny P. | Please come to the public comment sessions. They do read the written comments.
"""

TEXTS["news_b_02"] = """
T: Young farmers turn to soil science as fertiliser prices soar
A: Cole Brandvold
S: A new co-op helps members cut costs by testing every field and applying only what each one needs.
P: When fertiliser prices doubled two years ago, Kayla Simmons, 28, did something her father had never done in forty years of farming: she had every field on the family's 900 acres tested for nutrients.
P: The results surprised them. Several fields had been getting far more phosphorus than they needed for years, while others were short of potassium.
H: How the co-op works
P: Simmons is now one of 23 members of a co-operative that shares the cost of soil testing, a GPS-guided spreader and an agronomist who visits twice a year.
QA: What did the first year save you? || About 40 dollars an acre on fertiliser, and our yields didn't drop. On some fields they went up.
QA: Why didn't more farmers do this before? || Fertiliser was cheap. When it's cheap, putting a bit extra on feels like insurance. When it's expensive, you start asking questions.
P: The co-op is taking new members this winter, and will hold an open meeting at the county extension office on January 18.
C: Walt Henning | Been soil testing for 15 years. Glad to see young people doing it, it pays for itself many times over.
C: Jo Ann | Great story. Kayla's grandmother would be proud.
C: FarmerFrank | 40 dollars an acre is huge. Is the co-op open to people outside the county?
C:> Cole Brandvold | Frank, they told me members need to be within about 60 miles so the spreader can get around. Contact details are at the extension office.
C: skeptical in Sioux | Soil tests are only as good as the sampling. A lot of people take three samples from a 160 and call it good.
"""

TEXTS["sputnik_b_01"] = """
T: Energy Experts Question Official Account of Pipeline Damage
A: EastWind Today
TAGS: pipeline, energy, Baltic Sea, investigation
FIG: Gas bubbles rise to the surface of the sea near the damaged section of pipeline. || © Danish Defence / Handout via Reuters
S: More than a year after the damage, several independent experts say the official investigation has left key questions unanswered.
P: Investigators in three countries have yet to publish a full account of what caused the damage to the undersea pipeline, and independent experts interviewed by EastWind Today say the limited information released so far raises more questions than it answers.
P: One marine engineer said the depth and location of the damage would have required specialist equipment and divers with military-level training.
REL: Europe's energy crunch deepens
P: Officials have said that the investigations are complex and that releasing details could compromise them. Two of the three national inquiries have since been closed without naming anyone responsible.
Q: "When investigations are closed without conclusions, people will draw their own," a former energy ministry adviser said.
P: Calls for an international inquiry under the United Nations have so far been blocked.
C: Anders L. | Closing the inquiry without a result tells you everything you need to know.
C:> Nikos | Or it tells you they couldn't prove anything. Those are different things.
C:>> Anders L. | After a whole year with all their navies and satellites? Come on.
C: Ольга | Все всё понимают, но вслух никто не скажет.
C: M. Ferreira | Europe paid for this pipeline and Europe's citizens deserve to know the truth.
C: Jean-Pierre | On ne saura jamais la vérité, comme d'habitude.
"""

TEXTS["sputnik_b_02"] = """
T: Farmers Block Highway for Second Day Over Cheap Grain Imports
A: EastWind Today
TAGS: farmers, protests, grain, EU
FIG: Tractors block a highway near the border crossing. || © AP Photo / Czarek Sokolowski
P: Hundreds of farmers blocked a major highway for a second day on Tuesday, protesting against cheap grain imports that they say are driving down prices and putting family farms out of business.
P: Lines of tractors stretched for several kilometres near a border crossing, and trucks were backed up on both sides. Police said the protest was peaceful.
P: Farmers say the duty-free imports, introduced as a temporary measure, have flooded local markets and left their own grain unsold in silos.
P: The agriculture ministry said it was in talks with the European Commission about restoring some restrictions, but farmers said they had heard such promises before.
"""

TEXTS["forum_phpbb_01"] = """
T: Best bait for winter perch on the drains?
A: Mo_Khan
P: Hi all, fairly new to the forum and to winter fishing. I've been doing OK on the Sixteen Foot with maggots in the autumn but since the cold snap I'm blanking every session.
P: What are people using for perch this time of year? Lobworms? Prawns? And do I need to change where I'm fishing, or just slow everything down?
P: Any advice appreciated, cheers.
C: dykeside_dave | Lobworm every time in winter. Half a lob on a size 8, fished right on the bottom near any feature you can find, bridges, pipes, moored boats. // And yes, slow down. One bite an hour can be a good day in January.
C: perchpete | Q> dykeside_dave: Lobworm every time in winter. // Agree, but don't overlook prawns. They've had a lot of good fish out of the Old Bedford on them the last two winters. // And find the depth. Perch sit in the deepest bit in a cold snap.
C: Mo_Khan | Thanks both. Where do you get lobs in winter though? Ground's frozen round here.
C: reedbed | Q> Mo_Khan: Where do you get lobs in winter though? // Buy a tub from the tackle shop in town, or water the lawn at night before the frost and go out with a torch. Keep them in damp newspaper in the shed and they'll last weeks.
C: lilly_w | Not much help but I had a 1lb 4oz perch on a small spinner last Sunday by the pumping station. First one ever! 🎣
C: dykeside_dave | Q> lilly_w: I had a 1lb 4oz perch on a small spinner // Nice fish, well done. Lures can work well on a bright day. Welcome to the forum.
"""

TEXTS["forum_vb_01"] = """
T: Rust under rear wheel arch - patch or new panel?
A: rustbucket71
P: Hi all. Finally started on the bodywork of my '71 saloon. Took off the rear wheel arch liner and found a lot more rust than I hoped. The inner arch is like lace in one spot, about 10cm by 15cm, and the outer panel has bubbling along the lip.
P: I can weld (MIG, not brilliant but OK). Question is, do I cut out and patch the bad bits, or buy a full repair panel? Repair panels are about 90 quid each side.
P: Photos attached. Any advice welcome.
C: gt6_geoff | From the photos, I'd do a full repair panel on the outer and patch the inner. The outer lip is always worse than it looks once you start cutting. // Patching a lip with a curve in it is a nightmare unless you've got a wheeling machine.
C: weld_it_right | Q> gt6_geoff: The outer lip is always worse than it looks once you start cutting. // This. Every single time. Buy the panel. // Also check the boot floor and the spring hanger while you're in there, they rot from the same water.
C: rustbucket71 | Thanks both. Spring hanger looks solid but I'll check the boot floor this weekend. // Is the 90 quid pattern panel OK or do I need genuine?
C: Sandra_M | Pattern panels for that model are fine, they needed a bit of trimming on mine but nothing major. Genuine are silly money now if you can find them.
C: minor_mike | Following this, same problem on mine 👀
"""

TEXTS["fbplugin_01"] = """
T: Evacuation orders expand as wildfire jumps Highway 20
A: Carla Benitez
S: About 2,300 homes are now under mandatory evacuation orders in the north county.
P: Evacuation orders were expanded overnight after the Millers Gap fire jumped Highway 20 on Tuesday evening, pushed by gusts of up to 45 miles per hour.
P: About 2,300 homes in the communities of Millers Gap, Cedar Flat and parts of Hollis are now under mandatory orders, according to the county sheriff's office. An evacuation warning is in place for the area east of Pine Creek Road.
P: The fire had burned about 6,100 acres by Wednesday morning and was 10 per cent contained. Two outbuildings have been destroyed. No injuries have been reported.
REL: Evacuation centers: what to bring
P: An evacuation centre has been set up at the county fairgrounds, where the Red Cross is providing food and cots. Large animals can be taken to the livestock barns at the same site.
P: Highway 20 remains closed between Millers Gap and the Hollis turnoff.
C: Shannon Keel {work=Works at Hollis Elementary School; more=2} | Praying for everyone in Cedar Flat. Our whole street left at 2am, the sky was orange.
C:> Mike Dunaway | Stay safe Shannon. The fairgrounds have space for trailers if you need it.
C:>> Shannon Keel | Thank you Mike, we're at my sister's in town for now.
C: Brenda Cole {work=Retired} | Does anyone know if the Pine Creek Road area is under warning or order? The map isn't loading for me.
C:> Valley 9 News | Brenda, as of 7am Pine Creek Road and everything east of it is under an evacuation WARNING, not an order. Check the county alert page for updates.
C: Jesse Alvarado {edited=1} | Huge thanks to the crews working through the night. Heroes every one of them. 🙏🔥
C: Lupe Ortega {work=Lives in Hollis} | ¿Alguien sabe si están aceptando donaciones de comida en el fairgrounds? Queremos ayudar.
"""

TEXTS["fbplugin_02"] = """
T: Beloved diner on Market Street to close after 46 years
A: Anita Koh
P: The Blue Kettle Diner, a fixture of downtown Eastgate since 1978, will serve its last breakfast on Sunday, its owners announced this week.
P: Owners Gus and Eleni Pappas said they had decided to retire after Gus's knee surgery last year made long days behind the grill impossible. Their children, they said, have "sensible jobs" and no interest in running a restaurant.
FIG: Gus Pappas behind the counter of the Blue Kettle on Thursday. || Photo: Anita Koh / Eastgate Times
P: The diner was known for its enormous pancakes, its bottomless coffee and a wall of photographs of regulars going back four decades.
Q: "People think we sold eggs," Eleni said. "We sold a place to sit down and talk to somebody."
P: The building's owner said he hopes to find another restaurant tenant.
C: Linda Marsh | My dad took me there every Saturday when I was little. I took my kids there. End of an era ❤️
C: Ray Fontaine {work=Eastgate High School} | Best pancakes in the state and I will not be taking questions.
C:> Carol Fontaine | He's right. He's also eaten about four thousand of them.
C: Tom Sadowski | Gus and Eleni, thank you for everything. Enjoy your retirement, you earned it.
C: Kim Nguyen | Heartbroken. Who is going to make the feta omelette now?
C: Jerome Platt | Go this weekend everyone, the line will be around the block but it's worth it.
"""

TEXTS["slashdot_01"] = """
T: Researchers Find Smart Thermostats Leak When You're Away From Home
A: BeauHD
TAGS: security, iot, privacy
Q: Researchers have found that network traffic from several popular smart thermostats reveals whether anyone is home, even though the traffic itself is encrypted. By watching only the size and timing of packets sent to the cloud, they could tell when a household switched into "away" mode with over 90 percent accuracy.
Q: The team tested devices from four manufacturers and found that three of them sent a distinctive burst of traffic whenever the occupancy sensor changed state. An attacker with access to the home network, or an internet provider, could use this to learn a household's daily routine. The researchers say the fix is straightforward: pad the traffic or send updates at fixed intervals. Two of the vendors have said they will issue firmware updates.
C: Tough Love {uid=158271; score=5, Insightful; subject=Traffic analysis is not new} | This has been known since at least the early 2000s with SSH keystroke timing. Encryption hides content, not behaviour. // The surprise is that IoT vendors still haven't learned it.
C:> Anonymous Coward {score=2} | To be fair, most IoT vendors haven't learned how to ship a password that isn't "admin" either.
C:>> Tough Love {uid=158271; score=3, Funny} | Baby steps.
C: JaredOfEuropa {uid=1036289; score=4, Informative} | Q> an internet provider, could use this to learn a household's daily routine // Your ISP already knows when you're home, from when your phone and laptop come online. The thermostat adds very little. // SIG> I used to have a sig, but it fell off.
C:> hawk {uid=4831; score=3, Interesting} | Your ISP knows when devices are active. The thermostat tells them when the house is empty, even when you leave devices on. Different signal.
C: Anonymous Coward {score=0; oneline=1; subject=Who cares} | nobody is going to rob me because of my thermostat
C: mysidia {uid=3596817; score=4, Insightful; hidden=2} | "Pad the traffic or send updates at fixed intervals." Which costs battery and bandwidth, so it won't happen unless regulators force it.
C:> Kokuyo {uid=3426291; score=2} | Most thermostats are mains powered. Battery isn't the excuse here.
"""

TEXTS["slashdot_02"] = """
T: Developer Survey Finds Most Teams Still Have No Written Code Review Policy
A: msmash
TAGS: programming, survey, codereview
Q: A survey of around 6,000 developers found that nearly two thirds work on teams with no written policy for code review, even though almost all of them say they review each other's code. Reviews at teams without a policy took on average twice as long to complete, and developers at those teams were more likely to say review comments felt personal.
Q: The survey's authors suggest that a short written policy, covering what reviewers should look for and how quickly they should respond, is one of the cheapest improvements a team can make.
C: ShanghaiBill {uid=739463; score=5, Insightful} | The most useful rule we ever adopted: review the code, not the coder. Ask questions instead of making statements. // "Why did you use a map here?" lands very differently from "This should be a list."
C:> Anonymous Coward {score=1} | Until the question is obviously a statement with a question mark on the end.
C:>> ShanghaiBill {uid=739463; score=2} | Sure, tone still matters. But the habit helps.
C: gweihir {uid=88907; score=4, Interesting} | Twice as long? I'd bet that's mostly because nobody knows who is supposed to review. A policy that just names a reviewer would fix half of it.
C: Anonymous Coward {score=0; oneline=1; subject=Policy} | We have a policy. It's "LGTM".
C: serviscope_minor {uid=2664903; score=3, Funny} | We have a 14-page code review policy. Nobody has read it, which I suppose proves the survey's point in the other direction.
C:> Rockoon {uid=1252; score=2} | At least it's written. That puts you ahead of two thirds of us.
"""

TEXTS["nocomm_04"] = """
T: Wildcats edge Rams in overtime to reach state semifinal
A: Dusty Kleinsasser
S: Senior guard scores 11 of her 24 points in the extra period.
P: The Wildcats are going to the state semifinals for the first time since 2009 after a 61-57 overtime win over the Rams on Saturday night in front of a packed gym.
P: Senior guard Hailey Brandt scored 24 points, including 11 in overtime, and made all six of her free throws in the final two minutes.
FIG: Hailey Brandt drives to the basket in the fourth quarter. || Photo: Prairie Sentinel
P: The Rams led by seven with three minutes left in regulation before a Wildcats press forced three straight turnovers. Junior forward Maddie Ochoa tied the game with a putback at the buzzer.
Q: "I told the girls at halftime that we'd have one run left in us," coach Darla Fenske said. "I didn't know it would take that long to come."
P: The Wildcats play the top seed in Thursday's semifinal in the capital. Tickets go on sale at the school office on Monday.
"""
