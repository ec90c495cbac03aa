"""Forum threads and Slashdot-style discussions (written for this corpus).
Markup: see fmt.py.  For forums the opening post is the article (A: is the
opening poster, OPX: their profile fields, OPSIG: their signature); the
comments are the replies, flat."""

TEXTS = {}

TEXTS["phpbb_01"] = """
T: Cloudy water six weeks after setting up a 120 litre tank
A: reefless_in_leeds
OPX: rank=Fry; posts=14; joined=Sat Jan 07, 2017 9:41 pm; loc=Leeds
OPSIG: 120L planted community, still learning
P: Hi all, first proper post after lurking for a while. I set up a 120 litre tank at the start of January with sand, some driftwood and about a dozen plants. I did a fishless cycle with bottled ammonia and it finished after about four weeks.
P: Ten days ago I added six harlequin rasboras and two nerite snails. Since then the water has gone milky white, not green, and it is getting worse rather than better.
P: Readings from this morning with the liquid test kit:
UL: Ammonia 0.25 ppm
UL: Nitrite 0
UL: Nitrate about 10 ppm
UL: pH 7.4, temperature 25 °C
P: I feed once a day, a small pinch of flakes. Filter is an external canister rated for 200 litres, and I rinsed the sponges in tank water last weekend. Is this a bacterial bloom, and should I do more water changes or leave it alone?
C: Sandra_K {rank=Moderator; posts=8412; joined=Mon Feb 02, 2009 6:12 pm; loc=Hull; sig=Please read the beginners guide before posting: forum rules apply to everyone} | Sounds like a classic bacterial bloom to me. The fish load went up overnight and the bacteria in the water column are catching up. // Don't do big water changes, that usually restarts it. 20% once a week is plenty, keep feeding light, and give it another week or two.
C: gourami_dave {rank=Shoal Member; posts=611; joined=Thu Aug 13, 2015 8:03 am} | Q> I rinsed the sponges in tank water last weekend // This is probably what tipped it. Even in tank water you knock back the bacteria a bit. I only touch mine every two months now.
C: reefless_in_leeds {rank=Fry; posts=15; loc=Leeds} | Thanks both, that is reassuring. I will stop fiddling with it. The rasboras seem completely happy, eating and schooling, so I was mostly worried for nothing I guess.
C: MarkH {rank=Shoal Member; posts=1290; joined=Wed Nov 21, 2012 10:30 pm; loc=Nottingham} | 0.25 ammonia is worth keeping an eye on though. If it goes up to 0.5 I would do a 25% change regardless of the cloudiness. // Also check your dechlorinator dose covers the full tank volume, not just the water you change.
C: Sandra_K {rank=Moderator; posts=8413; sig=Please read the beginners guide before posting: forum rules apply to everyone} | Q> If it goes up to 0.5 I would do a 25% change regardless // Agreed, good point Mark.
C: reefless_in_leeds {rank=Fry; posts=19; loc=Leeds; edited=1} | Update for anyone finding this later: it cleared up completely on day 12. Ammonia is 0 now. Didn't do anything except one 20% change and feeding every other day.
"""

TEXTS["phpbb_02"] = """
T: Sauerteig wird nach dem Urlaub nicht mehr richtig aktiv
A: Brotzeit_Anke
OPX: rank=Mitglied; posts=57; joined=Di 14. Mär 2017, 20:11; loc=Kassel
OPSIG: Roggen, Dinkel und viel Geduld
P: Hallo zusammen, ich habe meinen Roggensauer vor dem Urlaub wie immer mit etwas mehr Mehl fest gemacht und drei Wochen in den Kühlschrank gestellt. Das hat bisher immer funktioniert.
P: Diesmal kommt er nach dem Auffrischen kaum hoch. Er riecht stark nach Essig und Nagellack, bildet ein paar kleine Blasen, verdoppelt sich aber auch nach zwölf Stunden bei 26 Grad nicht.
P: Ich habe jetzt zweimal im Verhältnis 1:5:5 aufgefrischt. Soll ich weitermachen oder lieber neu ansetzen?
C: Mehlstaub {rank=Moderator; posts=6120; joined=Sa 3. Jan 2009, 09:30; loc=Bamberg; sig=Erst lesen, dann backen: die Anfänger-FAQ steht oben im Forum} | Nicht wegwerfen! Der Nagellackgeruch heißt nur, dass er hungrig war. Drei Wochen sind für einen Roggensauer eine lange Zeit. // Frisch ihn noch zwei, drei Mal im Abstand von zwölf Stunden auf, dann ist er wieder der Alte.
C: KruemelKalle {rank=Mitglied; posts=812; joined=Mo 6. Jun 2016, 18:02} | Q> verdoppelt sich aber auch nach zwölf Stunden bei 26 Grad nicht // Roggensauer verdoppelt sich oft gar nicht so stark wie Weizensauer, der ist eher breiig. Wichtiger ist, ob er säuerlich-frisch riecht und Blasen bis nach unten hat.
C: Brotzeit_Anke {rank=Mitglied; posts=58; loc=Kassel} | Danke euch! Dann mache ich einfach weiter und berichte.
C: Ofenfrisch74 {rank=Mitglied; posts=233; loc=Leipzig; edited=1} | Kleiner Tipp für den nächsten Urlaub: Ich trockne vorher immer einen Löffel Sauer auf Backpapier. Hält monatelang und ist eine gute Notfallreserve.
C: Brotzeit_Anke {rank=Mitglied; posts=61; loc=Kassel} | Nachtrag: Nach der vierten Auffrischung war er wieder voll da, das Brot am Sonntag ist wunderbar aufgegangen. Die Idee mit dem getrockneten Sauer übernehme ich!
"""

TEXTS["vb_01"] = """
T: 2009 Civic idle hunting after battery change
A: streetcivic09
OPX: rank=Junior Member; joined=Aug 2016; loc=Ohio; posts=23
OPSIG: 2009 Civic EX, 148k miles
P: Swapped the battery on my 09 Civic last Saturday. Ever since, the idle goes up to about 1300 and drops to 600 over and over, like it can't make its mind up. No check engine light.
P: Things I've tried so far: cleaned the throttle body with throttle cleaner, checked for vacuum leaks with the engine running and some carb spray, nothing changed the idle.
P: Do I need a scan tool to reset something, or is there a procedure? The dealer wants 120 dollars just to look at it.
C: hondatech_ray {rank=Senior Member; joined=Jan 2011; loc=Michigan; posts=7,842; sig=ASE Master Tech. I don't answer PMs, post in the forum so everyone learns} | You need to do the idle relearn. When you disconnect the battery the ECU forgets the learned idle air values. // Turn everything off (AC, lights, radio), start the car, let it idle without touching anything for 10 minutes until the fan cycles on. Then turn it off and you're done.
C: streetcivic09 {rank=Junior Member; joined=Aug 2016; loc=Ohio; posts=24} | Q> let it idle without touching anything for 10 minutes until the fan cycles on // Seriously that's it? I'll try it tonight.
C: Kenji_D {rank=Member; joined=Apr 2013; posts=310} | Also if you cleaned the throttle body on a drive by wire car you may have pushed the plate open by hand, which can upset it too. The relearn should still sort it.
C: streetcivic09 {rank=Junior Member; joined=Aug 2016; loc=Ohio; posts=27} | Relearn fixed it. Idle is steady at 700 now. Thanks Ray, you saved me 120 bucks.
C: hondatech_ray {rank=Senior Member; joined=Jan 2011; loc=Michigan; posts=7,845; sig=ASE Master Tech. I don't answer PMs, post in the forum so everyone learns} | Glad it worked. Marking this one for the FAQ.
"""

TEXTS["vb_02"] = """
T: Mon rabot n'accroche pas ou prend des copeaux trop épais
A: Copeau_Breton
OPX: rank=Membre actif; joined=mars 2011; loc=Morbihan; posts=187
P: Bonjour à tous, j'ai récupéré un vieux rabot numéro 4 dans un vide-grenier et j'y ai passé deux soirées. J'ai dressé la semelle sur du papier abrasif collé sur une vitre, affûté le fer jusqu'au grain 8000 et fait un petit contre-biseau.
P: Le problème : soit il ne prend rien du tout, soit il plonge et arrache un copeau épais qui déchire le fil. Il n'y a rien entre les deux. Un quart de tour de la molette suffit pour passer de rien à beaucoup trop.
P: Est-ce que ça vient du contre-fer ? Je n'ai pas encore démonté la grenouille.
C: Pierre_L {rank=Membre éprouvé; joined=septembre 2004; loc=Jura; posts=5 116; sig=Mesurer deux fois, couper une fois, recommencer quand même} | Presque sûrement un réglage latéral. Si le fer est de travers, un coin plonge pendant que l'autre ne coupe pas, et on a l'impression que c'est tout ou rien. // Regarde la semelle à contre-jour et règle le levier pour voir un filet de lame régulier sur toute la largeur.
C: atelier_du_marais {rank=Membre actif; joined=février 2010; posts=644} | Q> Un quart de tour de la molette suffit pour passer de rien à beaucoup trop. // Ça, c'est le jeu dans la molette de réglage. Termine toujours ton réglage en avançant le fer, jamais en le reculant, et il ne bougera plus.
C: Copeau_Breton {rank=Membre actif; joined=mars 2011; loc=Morbihan; posts=188} | Pierre, tu avais raison, le coin gauche dépassait nettement. Et merci pour l'astuce du jeu dans la molette, personne ne me l'avait jamais dit. J'obtiens enfin des copeaux transparents !
C: Pierre_L {rank=Membre éprouvé; joined=septembre 2004; loc=Jura; posts=5 117; sig=Mesurer deux fois, couper une fois, recommencer quand même} | Parfait. Maintenant il te faut un numéro 5 et un numéro 7, désolé pour ton portefeuille.
"""

TEXTS["discourse_01"] = """
T: Upgrading from 2.x to 3.0: config migration fails with "unknown key storage.path"
A: tmoreau
OPX: full=Thomas Moreau; likes=2
TAGS: upgrade, configuration
P: I'm trying to upgrade our self-hosted instance from 2.9.4 to 3.0.1 following the upgrade guide. The migration step stops with this error:
Q: error: config migration failed: unknown key storage.path (line 14)
P: Line 14 is the storage section that has been in our config since 2.3. I checked the changelog and it mentions that storage moved under a new backend block, but the migration tool is supposed to handle that.
P: Running on Debian 12, installed from the tarball, not Docker. Has anyone else hit this?
C: lena_dev {full=Lena Ortiz; likes=5} | The migrator only rewrites keys it recognises in the default layout. If your storage block uses the old inline syntax it gets skipped. // Can you post lines 10 to 20 of the config with secrets removed?
C: tmoreau {full=Thomas Moreau} | Sure, here it is. We have storage.path and storage.max_size on single lines with dots instead of the nested block.
C: lena_dev {full=Lena Ortiz; likes=9; qa=tmoreau} | Q> We have storage.path and storage.max_size on single lines with dots // That's it. Rewrite them as a nested block by hand, backend: local and then path underneath, run the migrator again and it should pass. // I'll open an issue so the tool accepts the dotted form too.
C: rfischer {full=Rolf Fischer; likes=1} | Same problem here on 2.8, the manual rewrite worked for me as well. Thanks Lena.
C: tmoreau {full=Thomas Moreau; likes=3} | Confirmed, migration passes and the instance is up on 3.0.1. Marking Lena's answer as the solution.
"""

TEXTS["discourse_02"] = """
T: House rule for the trading phase: too generous?
A: meeple_magda
OPX: full=Magda W.; utitle=Regular; likes=4; nrep=2
TAGS: house-rules, trading
P: Our group has been playing with a house rule for about a year now: during the trading phase, any player can make one trade with the bank at three to one instead of four to one, once per round.
P: We introduced it because games with four players were dragging on forever when nobody wanted to trade with the leader. It definitely speeds things up.
P: A new player joined last week and said it breaks the game because it makes the ports pointless. Is that fair? Has anyone tried something similar?
C: DiceGoblin {full=Jonas; utitle=Leader; likes=6} | The new player has a point. The whole value of a three to one port is that it gives you exactly that. If everyone gets it once a round, the ports only help with the second trade.
C: meeple_magda {full=Magda W.; utitle=Regular; to=DiceGoblin; likes=1} | Fair, but in practice people rarely do more than one bank trade a round anyway, so the ports still matter late in the game.
C: quietrobin {likes=3} | We use a different fix for slow games: if nobody accepts a trade offer within one minute, the offering player may trade four to one and draw a card. Keeps the pressure up without touching the ports.
C: DiceGoblin {full=Jonas; utitle=Leader; to=quietrobin; likes=2; nrep=1} | The one minute rule is nice. Stealing that.
C: Ana_plays {likes=1} | Honestly if everyone at the table is having fun it is not broken. The new player can suggest trying a few games without it and you compare.
"""

TEXTS["xenforo_01"] = """
T: Tubeless conversion: sealant keeps weeping at the rim bead
A: gravelgrinder_sam
OPX: rank=Well-known member; joined=Mar 2, 2018; posts=1,204; react=688; loc=Bristol; reactors=Hilltop_Jo, spokes_and_beans and 4 others
P: Converted my gravel bike to tubeless at the weekend. New rim tape, valves, 60 ml of sealant per tyre, 40 mm tyres that are sold as tubeless ready.
P: The front is perfect. The rear seats fine with a track pump and holds air overnight, but there is a white line of sealant weeping out all around the bead on the non-drive side, and it loses about 10 psi a day.
P: Do I just ride it and let the sealant do its thing, or is the tape the problem?
C: Hilltop_Jo {rank=Member; joined=Jul 14, 2020; posts=341; react=190; reactors=gravelgrinder_sam} | Ride it. Seriously, weeping at the bead on a new setup is normal. Pump it up, go for a 20 minute ride and shake the wheel side to side now and then so the sealant coats the bead.
C: spokes_and_beans {rank=Well-known member; joined=Nov 3, 2016; posts=3,310; react=2,411; sig=Steel is real, carbon is rad, aluminium is fine actually} | Q> loses about 10 psi a day // That is within normal for the first week. If it is still doing that after 200 km, pull the tyre and check the tape didn't lift at the valve hole.
C: gravelgrinder_sam {rank=Well-known member; posts=1,205; edited=1} | Did a 40 km loop yesterday. The weeping has stopped completely and it held 45 psi overnight. Thanks both.
C: Tom_in_the_Peaks {rank=Member; posts=58; reactors=spokes_and_beans and Hilltop_Jo} | Worth adding: top up the sealant every three months or so. It dries out and then you wonder why the next puncture doesn't seal.
"""

TEXTS["slashdot_01"] = """
T: Town-Owned Fiber Network Beats Incumbent On Price and Uptime, Audit Finds
A: msmash
TAGS: internet, broadband, government
P: An anonymous reader shares a report: A state audit of a small town's municipal fiber network found that it delivered 99.98% uptime over three years while charging residents about 40% less than the cable incumbent's comparable plan. The network was built with a 12 million dollar bond in 2017 and is on track to repay it two years early.
Q: The audit notes that the utility's costs are lower mainly because it does not spend on marketing and has no shareholders to pay, but also that it benefited from owning the poles already. "This model is not automatically transferable to towns that would have to negotiate pole access," the report warns.
C: Anonymous Coward {score=5; mod=Insightful; subject=Owning the poles is the whole game} | The report buries the lede. Pole attachment fights add years and millions to every overbuild. A town that owns its electric utility skips all of it.
C:> jbradley {uid=118203; score=4; mod=Informative; homepage=1} | Q> A town that owns its electric utility skips all of it. // Not all of it. They still needed make-ready work on about a third of the poles, it's on page 31. But yes, they didn't have to ask permission from a competitor to do it.
C:>> Anonymous Coward {score=2} | Page 31 also says make-ready was done by the utility's own crews at cost. That's the real advantage, not the ownership per se.
C: kestrel_9 {uid=2240561; score=5; mod=Interesting; subject=Storm outages?; sig=I'm not a lawyer, I just read too many court filings.} | What I want to know is how they handled the 2021 storm season. The incumbent was out for four days in the neighbouring county.
C:> rockwell_fan {uid=905114; score=3; mod=Informative} | Fiber is underground for most of the town centre, the audit says the worst outage was 6 hours on one feeder line.
C:>> kestrel_9 {uid=2240561; score=2} | Thanks, missed that.
C: Anonymous Coward {score=0; collapsed=1; subject=Socialism} | -
C: ThePhantomPacket {uid=3110442; score=4; mod=Funny; hidden=2; subject=17 minutes a month} | 99.98% uptime means about 17 minutes down per month. My ISP calls that a good morning.
C: mtw1967 {uid=60287; score=3; mod=Insightful; subject=Take rate is everything} | The interesting number is the take rate. If more than half the town signed up, the economics work. Most municipal networks that failed got 20% take and drowned in debt.
"""

TEXTS["slashdot_02"] = """
T: Ask Bitpile: How Do You Archive Twenty Years of Family Photos?
A: timothy
TAGS: askbitpile, storage, backup
P: An anonymous reader writes "My parents have about 40,000 digital photos spread over three old laptops, a stack of CD-Rs and two external drives, one of which clicks. I'd like to get everything into one place, remove duplicates, and make sure it survives the next twenty years. Cloud is fine but I don't want to be locked in. What do the readers here actually use, and how do you deal with the CD-Rs that are starting to fail?"
C: bytesmith {uid=44712; score=5; mod=Informative; subject=ddrescue first, questions later; sig=Two is one and one is none.} | First thing: image the clicking drive before anything else, with ddrescue, to a healthy disk. Don't browse it, don't copy folders, image it. Every power cycle might be its last. // Then the CDs, also with ddrescue, several passes.
C:> oldgreybeard {uid=1180; score=4; mod=Insightful} | Q> image the clicking drive before anything else // This. I lost a drive exactly like that by trying to copy "just the important folders first".
C: lurker_no_more {uid=3302981; score=3; mod=Interesting; subject=Careful with dedupe} | For duplicates I use a hash based tool and only delete when the hashes match exactly. Similar-image matching will happily delete the one photo where grandma has her eyes open.
C:> bytesmith {uid=44712; score=3; sig=Two is one and one is none.} | Ha, yes. Exact hashes only, then sort by hand what's left.
C: Anonymous Coward {score=1; hidden=3; subject=Paper} | Print the best 500. Paper in a box in a dry cupboard beats every format war.
C: kpatel {uid=2998101; score=2; subject=Boring is good} | Plain folders by year and month, JPEGs as they came off the camera, and a second copy at a relative's house plus one in any cloud bucket. No catalogue software, because that is what gets abandoned.
"""
