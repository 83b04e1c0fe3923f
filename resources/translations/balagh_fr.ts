<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="ar">
<context>
    <name>ArchiveDialog</name>
    <message>
        <location filename="../../desktop/balagh/gui/release/archive_dialog.py" line="117"/>
        <source>أرشيف البلاغات</source>
        <translation>Archives des communiqués</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/archive_dialog.py" line="132"/>
        <source>فتح</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/archive_dialog.py" line="133"/>
        <source>تصدير PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/archive_dialog.py" line="172"/>
        <location filename="../../desktop/balagh/gui/release/archive_dialog.py" line="174"/>
        <source>تصدير البلاغ</source>
        <translation>Exporter le communiqué</translation>
    </message>
    <message>
        <source>حفظ الملف: %1</source>
        <translation type="vanished">Fichier enregistré : %1</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/backups.py" line="58"/>
        <source>النسخ الاحتياطية</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/backups.py" line="73"/>
        <source>تغيير المجلد…</source>
        <translation>Changer de dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/backups.py" line="75"/>
        <source>قاعدة البيانات:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/backups.py" line="79"/>
        <source>مجلد النسخ اليومية:</source>
        <translation>Dossier des sauvegardes quotidiennes :</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/backups.py" line="80"/>
        <source>آخر نسخة احتياطية:</source>
        <translation>Dernière sauvegarde :</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/backups.py" line="82"/>
        <source>تنشأ نسخة تلقائية مرة في اليوم عند فتح البرنامج، ويحتفظ بآخر 7 أيام و4 أسابيع و12 شهرا. كل نسخة يتحقق منها بعد كتابتها، وقبل أي استرجاع تحفظ القاعدة الحالية جانبا.</source>
        <translation>Une sauvegarde automatique est faite une fois par jour à l&apos;ouverture ; on garde les 7 derniers jours, 4 semaines et 12 mois. Chaque sauvegarde est vérifiée après écriture, et avant toute restauration la base actuelle est mise de côté.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/backups.py" line="86"/>
        <source>نسخة احتياطية أيضا عند إغلاق البرنامج</source>
        <translation>Sauvegarder aussi à la fermeture du programme</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/backups.py" line="93"/>
        <source>اليوم</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/backups.py" line="93"/>
        <source>الحجم</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/backups.py" line="93"/>
        <source>الملف</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/backups.py" line="101"/>
        <source>نسخة احتياطية الآن…</source>
        <translation>Sauvegarder maintenant…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/backups.py" line="103"/>
        <source>استرجاع نسخة احتياطية…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/backups.py" line="130"/>
        <source>لا توجد نسخة بعد</source>
        <translation>Aucune sauvegarde pour le moment</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/backups.py" line="151"/>
        <source>كتبت النسخة الاحتياطية وتحقق منها: %1
%2</source>
        <translation>Sauvegarde écrite et vérifiée : %1
%2</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/backups.py" line="159"/>
        <source>نسخة SQLite (*.db);;أرشيف قابل للنقل (*.zip)</source>
        <translation>Copie SQLite (*.db);;Archive portable (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/backups.py" line="160"/>
        <source>أرشيف قابل للنقل (*.zip)</source>
        <translation>Archive portable (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/backups.py" line="161"/>
        <location filename="../../desktop/balagh/gui/dialogs/backups.py" line="170"/>
        <source>نسخة احتياطية</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/backups.py" line="167"/>
        <source>تعذرت النسخة الاحتياطية</source>
        <translation>Sauvegarde impossible</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/backups.py" line="176"/>
        <location filename="../../desktop/balagh/gui/dialogs/backups.py" line="190"/>
        <source>استرجاع نسخة احتياطية</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/backups.py" line="177"/>
        <source>نسخ «بلاغ» (*.db *.zip);;كل الملفات (*)</source>
        <translation>Sauvegardes Balagh (*.db *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/backups.py" line="187"/>
        <source>نسخة غير سليمة</source>
        <translation>Sauvegarde endommagée</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/backups.py" line="191"/>
        <source>ستستبدل قاعدة البيانات الحالية بهذه النسخة:
%1
%2
تحفظ القاعدة الحالية أولا في مجلد النسخ. هل تريد المتابعة؟</source>
        <translation>La base de données actuelle sera remplacée par cette sauvegarde :
%1
%2
La base actuelle est d&apos;abord mise de côté dans le dossier des sauvegardes. Continuer ?</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/backups.py" line="201"/>
        <source>مجلد النسخ اليومية</source>
        <translation>Dossier des sauvegardes quotidiennes</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/backups.py" line="214"/>
        <location filename="../../desktop/balagh/gui/dialogs/backups.py" line="222"/>
        <source>الإعدادات</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>DailyVisitorsModel</name>
    <message>
        <location filename="../../desktop/balagh/gui/edition/daily_model.py" line="112"/>
        <source>اليوم</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/daily_model.py" line="112"/>
        <source>عدد الزوار</source>
        <translation>Visiteurs</translation>
    </message>
</context>
<context>
    <name>DraftMarks</name>
    <message>
        <location filename="../../desktop/balagh/gui/release/draft_marks.py" line="38"/>
        <source>حفظت مسودة البلاغ (%1).</source>
        <extracomment>The mark an unsaved tab title ends with. How long the «draft saved» message stays in the status bar (ms).</extracomment>
        <translation>Brouillon du communiqué enregistré (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/draft_marks.py" line="64"/>
        <source>مسودة البلاغ</source>
        <translation>Le brouillon du communiqué</translation>
    </message>
</context>
<context>
    <name>EditionExtras</name>
    <message>
        <location filename="../../desktop/balagh/gui/edition/extras.py" line="99"/>
        <source>الأرقام كما أعلنت يوما بيوم (للنشرات اليومية)</source>
        <translation>Chiffres annoncés jour par jour (bulletins quotidiens)</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/extras.py" line="101"/>
        <source>زوار اليوم، ثم المجاميع المتراكمة إلى مساء ذلك اليوم. اكتب «ناهز 200000» أو «أكثر من 72» إذا أعلن الرقم كذلك.</source>
        <translation>Visiteurs du jour, puis cumuls au soir de ce jour. Écrivez « environ 200000 » ou « plus de 72 » si le chiffre a été annoncé ainsi.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/extras.py" line="105"/>
        <source>زوار اليوم</source>
        <translation>Visiteurs du jour</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/extras.py" line="105"/>
        <source>مجموع الزوار</source>
        <translation>Total des visiteurs</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/extras.py" line="105"/>
        <source>وسائل الإعلام</source>
        <translation>Médias</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/extras.py" line="106"/>
        <source>التصريحات الصحفية</source>
        <translation>Déclarations à la presse</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/extras.py" line="119"/>
        <source>صياغة البلاغات</source>
        <translation>Rédaction des communiqués</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/extras.py" line="123"/>
        <source>حسب السنة (2023 وما قبلها: صيغة 2023)</source>
        <translation>Selon l&apos;année (jusqu&apos;en 2023 : forme 2023)</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/extras.py" line="124"/>
        <source>صيغة 2023 (بلاغ فاس)</source>
        <translation>Forme 2023 (communiqué de Fès)</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/extras.py" line="125"/>
        <source>الصيغة الحالية (2024 وما بعدها)</source>
        <translation>Forme actuelle (2024 et après)</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/extras.py" line="129"/>
        <source>مقارنة مع الدورات السابقة</source>
        <translation>Par rapport aux éditions précédentes</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/extras.py" line="130"/>
        <source>مقارنة مع الأعوام السابقة</source>
        <translation>Par rapport aux années précédentes</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/extras.py" line="131"/>
        <source>«زائر وزائرة»</source>
        <translation>« visiteurs et visiteuses »</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/extras.py" line="133"/>
        <source>ذكر تواريخ أيام الذروة («يوما الجمعة والسبت 19و20 ماي»)</source>
        <translation>Dates des jours de pointe (« vendredi et samedi 19 et 20 mai »)</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/extras.py" line="136"/>
        <source>بلاغ الاختتام</source>
        <translation>Communiqué de clôture</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/extras.py" line="137"/>
        <source>الرقم القياسي</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/extras.py" line="153"/>
        <source>الحدث (بصيغة اسمية)</source>
        <translation>Fait (groupe nominal)</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/extras.py" line="154"/>
        <source>المدينة</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/extras.py" line="155"/>
        <source>الوحدة</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/extras.py" line="156"/>
        <source>أحداث بصيغة اسمية</source>
        <translation>Faits (groupes nominaux)</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/extras.py" line="157"/>
        <source>مدن الزوار</source>
        <translation>Villes des visiteurs</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/extras.py" line="158"/>
        <source>وحدات العروض</source>
        <translation>Unités des démonstrations</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/extras.py" line="162"/>
        <source>«أبرز الأحداث» جمل تامة بصيغة الماضي تبدأ بفعل، مثل: «أطلقت المديرية العامة للأمن الوطني تطبيقا معلوماتيا خاصا بالأبواب المفتوحة». أما «أحداث بصيغة اسمية» فتبدأ بمصدر، مثل: «تنظيم حفل فني على شرف أسرة الأمن الوطني»، ويقدمها البلاغ بعبارة «كما تم …».</source>
        <translation>« Faits marquants » : des phrases complètes au passé, commençant par un verbe (« la DGSN a lancé une application… »). « Faits (groupes nominaux) » : des groupes nominaux commençant par un nom d&apos;action (« l&apos;organisation d&apos;un concert… ») ; le communiqué les introduit par « il a été procédé à… ».</translation>
    </message>
</context>
<context>
    <name>EditionForm</name>
    <message>
        <location filename="../../desktop/balagh/gui/edition/form.py" line="111"/>
        <source>حفظ</source>
        <extracomment>A new edition, or one whose dates make no sense, lasts five days (the usual Open Days). fixed: the first problem moves no field (a click lands in it)</extracomment>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/form.py" line="113"/>
        <source>حفظ الدورة (Ctrl+S)</source>
        <translation>Enregistrer l&apos;édition (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/form.py" line="140"/>
        <source>هوية الدورة</source>
        <translation>Identité de l&apos;édition</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/form.py" line="142"/>
        <location filename="../../desktop/balagh/gui/edition/form.py" line="163"/>
        <source>رقم الدورة</source>
        <translation>Numéro de l&apos;édition</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/form.py" line="147"/>
        <location filename="../../desktop/balagh/gui/edition/form.py" line="166"/>
        <source>المدينة</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/form.py" line="148"/>
        <source>المدينة بالفرنسية</source>
        <translation>Ville (français)</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/form.py" line="149"/>
        <location filename="../../desktop/balagh/gui/edition/form.py" line="167"/>
        <source>الفضاء</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/form.py" line="150"/>
        <source>الفضاء بالفرنسية</source>
        <translation>Lieu (français)</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/form.py" line="151"/>
        <location filename="../../desktop/balagh/gui/edition/form.py" line="168"/>
        <source>شعار الدورة</source>
        <translation>Thème de l&apos;édition</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/form.py" line="164"/>
        <source>تاريخ البداية</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/form.py" line="165"/>
        <source>تاريخ النهاية</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/form.py" line="166"/>
        <location filename="../../desktop/balagh/gui/edition/form.py" line="167"/>
        <source>بالفرنسية</source>
        <translation>en français</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/form.py" line="154"/>
        <location filename="../../desktop/balagh/gui/edition/form.py" line="169"/>
        <source>ملاحظات</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/form.py" line="199"/>
        <source>الأرقام</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/form.py" line="201"/>
        <source>الرقم</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/form.py" line="202"/>
        <source>الصيغة</source>
        <translation>Qualificatif</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/form.py" line="203"/>
        <source>كما سيكتب / أيام الذروة</source>
        <translation>Forme rédigée / jours de pointe</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/form.py" line="236"/>
        <source>الزوار يوما بيوم (يمكن لصق عمود من Excel)</source>
        <translation>Visiteurs jour par jour (une colonne Excel peut être collée)</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/form.py" line="261"/>
        <source>أُلصقت %1 قيم؛ أُهملت %2 لأنها تتجاوز أيام الدورة.</source>
        <translation>%1 valeurs collées ; %2 ignorées car elles dépassent les jours de l&apos;édition.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/form.py" line="266"/>
        <source>القوائم</source>
        <translation>Listes</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/form.py" line="269"/>
        <source>الفئة</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/form.py" line="270"/>
        <source>الشريك</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/form.py" line="272"/>
        <source>الشركاء (مفصولون بفاصلة)</source>
        <translation>Partenaires (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/form.py" line="272"/>
        <source>عنوان الرواق</source>
        <translation>Titre du pavillon</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/form.py" line="274"/>
        <source>موضوع الندوة</source>
        <translation>Sujet du séminaire</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/form.py" line="275"/>
        <source>الحدث</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/form.py" line="277"/>
        <source>الفئات الزائرة</source>
        <translation>Publics</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/form.py" line="278"/>
        <source>الشركاء</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/form.py" line="279"/>
        <source>الأروقة المشتركة</source>
        <translation>Pavillons communs</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/form.py" line="280"/>
        <source>الندوات</source>
        <translation>Séminaires</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/form.py" line="281"/>
        <source>أبرز الأحداث</source>
        <translation>Faits marquants</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/form.py" line="441"/>
        <source>تنبيه: </source>
        <translation>Attention : </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/balagh/gui/edition/form.py" line="446"/>
        <source>مشاكل يجب تصحيحها قبل الحفظ: %n</source>
        <translation>
            <numerusform>%n problème à corriger avant d&apos;enregistrer</numerusform>
            <numerusform>%n problèmes à corriger avant d&apos;enregistrer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/balagh/gui/edition/form.py" line="451"/>
        <source>لا شيء يمنع الحفظ، لكن تحقق من: %n</source>
        <translation>
            <numerusform>%n point à vérifier (l&apos;enregistrement reste possible)</numerusform>
            <numerusform>%n points à vérifier (l&apos;enregistrement reste possible)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/form.py" line="455"/>
        <source>لا توجد مشاكل.</source>
        <translation>Aucun problème.</translation>
    </message>
</context>
<context>
    <name>EditionFormController</name>
    <message>
        <location filename="../../desktop/balagh/gui/edition/controller.py" line="271"/>
        <source>لم تحفظ الدورة</source>
        <extracomment>Every edition, kept by the window&apos;s background reader (None: read here). Plausibility warnings of what the form shows (``balagh.core.plausibility``). The window&apos;s thread pool: «حفظ» then writes there (None: on the calling thread).</extracomment>
        <translation>Édition non enregistrée</translation>
    </message>
</context>
<context>
    <name>EditionsPanel</name>
    <message>
        <location filename="../../desktop/balagh/gui/edition/list_panel.py" line="37"/>
        <source>بحث: رقم، سنة، مدينة…</source>
        <translation>Rechercher : numéro, année, ville…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/list_panel.py" line="58"/>
        <source>دورة جديدة</source>
        <translation>Nouvelle édition</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/list_panel.py" line="60"/>
        <source>نسخ</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/list_panel.py" line="62"/>
        <source>دورة جديدة تبدأ من نسخة الدورة المختارة</source>
        <translation>Nouvelle édition à partir d&apos;une copie de l&apos;édition choisie</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/list_panel.py" line="63"/>
        <source>حذف</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>EditionsTableModel</name>
    <message>
        <location filename="../../desktop/balagh/gui/edition/list_model.py" line="92"/>
        <source>الدورة</source>
        <extracomment>The cells of the rows shown last, by what they depend on (a refresh after a save works out only the saved edition&apos;s row again).</extracomment>
        <translation>Édition</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/list_model.py" line="93"/>
        <source>السنة</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/list_model.py" line="94"/>
        <source>المدينة</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/list_model.py" line="95"/>
        <source>مجموع الزوار</source>
        <translation>Total des visiteurs</translation>
    </message>
</context>
<context>
    <name>FigureRow</name>
    <message>
        <location filename="../../desktop/balagh/gui/edition/figure_fields.py" line="137"/>
        <source>رقم أكبر من أن يكتب في بلاغ (الحد: 999 مليارا)</source>
        <extracomment>Peak-day checkboxes per row: a long edition wraps onto more rows instead of widening the form. The widget Tab leaves for the first day (the figure&apos;s qualifier). The largest figure the preview phrases («999 مليار»); a larger one is surely a typing slip (a whole country&apos;s population is some tens of millions).</extracomment>
        <translation>Nombre trop grand pour un communiqué (au plus 999 milliards)</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/figure_fields.py" line="159"/>
        <source>في النسخة الفرنسية: %1</source>
        <translation>Version française : %1</translation>
    </message>
</context>
<context>
    <name>FrenchPanel</name>
    <message>
        <location filename="../../desktop/balagh/gui/release/french_panel.py" line="39"/>
        <source>النسخة الفرنسية</source>
        <translation>Version française</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/french_panel.py" line="41"/>
        <location filename="../../desktop/balagh/gui/release/french_panel.py" line="128"/>
        <source>إنشاء</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/french_panel.py" line="44"/>
        <source>صياغة النسخة الفرنسية من أرقام الدورة نفسها (تعوض النص الفرنسي الحالي)</source>
        <translation>Rédiger la version française à partir des mêmes chiffres (remplace le texte français actuel)</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/french_panel.py" line="48"/>
        <source>قالب النسخة الفرنسية</source>
        <translation>Modèle de la version française</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/french_panel.py" line="51"/>
        <source>حذف</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/french_panel.py" line="52"/>
        <source>حذف النسخة الفرنسية</source>
        <translation>Supprimer la version française</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/french_panel.py" line="56"/>
        <source>فقرات النسخة الفرنسية</source>
        <translation>Paragraphes de la version française</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/french_panel.py" line="63"/>
        <source>العربية</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/french_panel.py" line="64"/>
        <source>الفرنسية</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/french_panel.py" line="65"/>
        <source>معاينة العربية</source>
        <translation>Aperçu arabe</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/french_panel.py" line="66"/>
        <source>معاينة الفرنسية</source>
        <translation>Aperçu français</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/french_panel.py" line="101"/>
        <source>القالب الفرنسي المدمج</source>
        <translation>Modèle français intégré</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/french_panel.py" line="128"/>
        <source>إعادة الصياغة</source>
        <translation>Rédiger à nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/french_panel.py" line="134"/>
        <source>هذا البلاغ بالعربية فقط.</source>
        <translation>Ce communiqué est en arabe seulement.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/french_panel.py" line="137"/>
        <source>نصوص بلا ترجمة في المعجم الفرنسي حذفت من النسخة الفرنسية: %1</source>
        <translation>Textes sans traduction dans le lexique français, omis de la version française : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/french_panel.py" line="140"/>
        <source>تصدر النسخة الفرنسية مع العربية بالمرجع نفسه.</source>
        <translation>La version française est émise avec l&apos;arabe sous la même référence.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/guide.py" line="43"/>
        <source>دليل الاستعمال</source>
        <translation>Guide d&apos;utilisation</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/history.py" line="50"/>
        <source>سجل الدورة %1</source>
        <translation>Historique de l&apos;édition %1</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/history.py" line="64"/>
        <source>عرض النسخة كاملة</source>
        <translation>Voir la version entière</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/history.py" line="67"/>
        <source>استرجاع هذه النسخة…</source>
        <translation>Restaurer cette version…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/history.py" line="86"/>
        <source>الدورة %1</source>
        <translation>Édition %1</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/history.py" line="88"/>
        <source>%1 — %2 نسخة في السجل</source>
        <translation>%1 — %2 version(s) dans l&apos;historique</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/history.py" line="111"/>
        <source>النسخة %1 — %2 — %3</source>
        <translation>Version %1 — %2 — %3</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/history.py" line="121"/>
        <source>لا تغيير في الأرقام؛ اضغط «عرض النسخة كاملة» لرؤية الدورة كما كانت</source>
        <translation>Aucun chiffre modifié ; « Voir la version entière » montre l&apos;édition telle qu&apos;elle était</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/widgets/versions_table.py" line="80"/>
        <source>استرجاع نسخة</source>
        <translation>Restaurer une version</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/history.py" line="130"/>
        <source>هل تريد جعل النسخة %1 هي الحالية؟ يسجل ذلك نسخة جديدة، ولا يضيع شيء من السجل.</source>
        <translation>Faire de la version %1 la version actuelle ? Cela enregistre une nouvelle version ; rien n&apos;est perdu de l&apos;historique.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/widgets/versions_table.py" line="86"/>
        <source>تعذر الاسترجاع</source>
        <translation>Restauration impossible</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/settings.py" line="234"/>
        <source>حفظت الإعدادات. تطبق لغة الواجهة وقاعدة البيانات الجديدتان عند إعادة تشغيل البرنامج.</source>
        <translation>Paramètres enregistrés. La nouvelle langue de l&apos;interface et la nouvelle base de données seront utilisées au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/settings.py" line="239"/>
        <source>حفظت الإعدادات. تطبق لغة الواجهة الجديدة عند إعادة تشغيل البرنامج.</source>
        <translation>Paramètres enregistrés. La nouvelle langue de l&apos;interface sera appliquée au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/main_window.py" line="243"/>
        <location filename="../../desktop/balagh/gui/dialogs/settings.py" line="243"/>
        <source>حفظت الإعدادات. تطبق قاعدة البيانات الجديدة عند إعادة تشغيل البرنامج.</source>
        <translation>Paramètres enregistrés. La nouvelle base de données sera utilisée au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/main_window.py" line="237"/>
        <location filename="../../desktop/balagh/gui/window/main_window.py" line="242"/>
        <location filename="../../desktop/balagh/gui/window/main_window.py" line="283"/>
        <location filename="../../desktop/balagh/gui/dialogs/settings.py" line="247"/>
        <source>الإعدادات</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/main_window.py" line="263"/>
        <source>حفظت الإعدادات.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/about.py" line="29"/>
        <source>بلاغ: تسجيل أرقام أيام الأبواب المفتوحة للأمن الوطني وإعداد البلاغات الصحفية وأوراق الملخص.</source>
        <translation>Balagh : saisie des chiffres des Journées portes ouvertes de la Sûreté nationale, communiqués de presse et fiches de synthèse.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/menus.py" line="267"/>
        <location filename="../../desktop/balagh/gui/dialogs/about.py" line="36"/>
        <source>حول بلاغ</source>
        <translation>À propos de Balagh</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/main_window.py" line="89"/>
        <location filename="../../desktop/balagh/gui/window/main_window.py" line="246"/>
        <source>جار فتح قاعدة البيانات…</source>
        <extracomment>The settings read at start-up (the error page may change the database in them). Opens another database in this window (set by ``balagh.gui.window.app``); None: restart.</extracomment>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/main_window.py" line="107"/>
        <location filename="../../desktop/balagh/gui/window/main_window.py" line="516"/>
        <source>بلاغ</source>
        <extracomment>The database in plain words («قاعدة البيانات: balagh.db»), its full place as tooltip.</extracomment>
        <translation>Balagh</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/assembly.py" line="116"/>
        <source>الدورة</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/assembly.py" line="65"/>
        <source>البلاغ</source>
        <translation>Communiqué</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/assembly.py" line="74"/>
        <source>الملخص</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/assembly.py" line="194"/>
        <source>قاعدة البيانات: %1</source>
        <extracomment>The editions, read in the background (the list&apos;s columns at once at start-up).</extracomment>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/main_window.py" line="204"/>
        <source>اختيار قاعدة بيانات أخرى…</source>
        <translation>Choisir une autre base de données…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/main_window.py" line="211"/>
        <source>إنهاء</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/main_window.py" line="222"/>
        <source>اختيار قاعدة بيانات</source>
        <translation>Choisir une base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/main_window.py" line="223"/>
        <source>قواعد بيانات SQLite (*.db *.sqlite *.sqlite3);;كل الملفات (*)</source>
        <translation>Bases SQLite (*.db *.sqlite *.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/main_window.py" line="238"/>
        <location filename="../../desktop/balagh/gui/window/main_window.py" line="284"/>
        <source>تعذر حفظ الإعدادات: %1</source>
        <translation>Impossible d&apos;enregistrer les paramètres : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/main_window.py" line="355"/>
        <location filename="../../desktop/balagh/gui/window/main_window.py" line="402"/>
        <source>تعذر فتح الدورة</source>
        <translation>Impossible d&apos;ouvrir l&apos;édition</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/main_window.py" line="407"/>
        <source>إعداد الدورة الموالية</source>
        <translation>Préparer l&apos;édition suivante</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/main_window.py" line="408"/>
        <source>هل تحتفظ بقوائم الدورة %1 (الفئات الزائرة، الشركاء، الأروقة، الندوات، أبرز الأحداث)؟</source>
        <translation>Garder les listes de l&apos;édition %1 (publics, partenaires, pavillons, séminaires, faits marquants) ?</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/main_window.py" line="435"/>
        <source>حذف دورة</source>
        <translation>Supprimer une édition</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/main_window.py" line="436"/>
        <source>هل تريد نقل الدورة %1 إلى سلة المحذوفات؟ يمكن استرجاعها منها مع سجلها ومسوداتها ما لم تفرغ السلة.</source>
        <translation>Mettre l&apos;édition %1 à la corbeille ? Elle pourra en être restaurée avec son historique et ses brouillons tant que la corbeille n&apos;est pas vidée.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/main_window.py" line="460"/>
        <source>نقلت الدورة %1 إلى سلة المحذوفات.</source>
        <translation>Édition %1 mise à la corbeille.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/main_window.py" line="432"/>
        <location filename="../../desktop/balagh/gui/window/main_window.py" line="448"/>
        <location filename="../../desktop/balagh/gui/window/main_window.py" line="451"/>
        <source>تعذر الحذف</source>
        <translation>Suppression impossible</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/main_window.py" line="475"/>
        <source>لا يمكن حذف الدورة %1 لأن لها بلاغا صادرا.</source>
        <translation>Impossible de supprimer l&apos;édition %1 : elle a un communiqué émis.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/main_window.py" line="477"/>
        <source>لا يمكن حذف الدورة %1 لأن لها بلاغين صادرين.</source>
        <translation>Impossible de supprimer l&apos;édition %1 : elle a deux communiqués émis.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/main_window.py" line="479"/>
        <source>لا يمكن حذف الدورة %1 لأن لها %2 بلاغات صادرة.</source>
        <translation>Impossible de supprimer l&apos;édition %1 : elle a %2 communiqués émis.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/main_window.py" line="481"/>
        <source>لا يمكن حذف الدورة %1 لأن لها %2 بلاغا صادرا.</source>
        <translation>Impossible de supprimer l&apos;édition %1 : elle a %2 communiqués émis.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/main_window.py" line="491"/>
        <source>جار حفظ الدورة…</source>
        <translation>Enregistrement de l’édition…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/main_window.py" line="501"/>
        <source>حفظت الدورة %1.</source>
        <translation>Édition %1 enregistrée.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/main_window.py" line="509"/>
        <source>الدورة %1</source>
        <translation>Édition %1</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/main_window.py" line="520"/>
        <source>(جديدة)</source>
        <translation>(nouvelle)</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/main_window.py" line="203"/>
        <source>ملف</source>
        <extracomment>Size, position, splitters and tab, remembered per screen setup.</extracomment>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/menus.py" line="27"/>
        <source>&amp;ملف</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/menus.py" line="28"/>
        <source>&amp;تحرير</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/menus.py" line="29"/>
        <source>&amp;عرض</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/menus.py" line="30"/>
        <source>&amp;البلاغات</source>
        <translation>&amp;Communiqués</translation>
    </message>
    <message>
        <source>ال&amp;ملخص</source>
        <translation type="vanished">&amp;Synthèse</translation>
    </message>
    <message>
        <source>&amp;مساعدة</source>
        <translation type="vanished">Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/menus.py" line="31"/>
        <source>الم&amp;لخص</source>
        <translation>&amp;Synthèse</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/menus.py" line="32"/>
        <source>م&amp;ساعدة</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/menus.py" line="36"/>
        <source>فتح القوائم</source>
        <translation>Ouvrir les menus</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/menus.py" line="53"/>
        <source>دورة جديدة</source>
        <translation>Nouvelle édition</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/menus.py" line="60"/>
        <source>إعداد الدورة الموالية…</source>
        <translation>Préparer l&apos;édition suivante…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/menus.py" line="67"/>
        <source>نسخ الدورة المختارة</source>
        <translation>Dupliquer l&apos;édition choisie</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/menus.py" line="74"/>
        <source>حذف الدورة المختارة…</source>
        <translation>Supprimer l&apos;édition choisie…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/menus.py" line="79"/>
        <source>حفظ</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/menus.py" line="87"/>
        <source>استيراد دورات (JSON)…</source>
        <translation>Importer des éditions (JSON)…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/menus.py" line="94"/>
        <source>تصدير الدورات (JSON)…</source>
        <translation>Exporter les éditions (JSON)…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/menus.py" line="115"/>
        <source>حفظ الدورة</source>
        <translation>Enregistrer l&apos;édition</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/menus.py" line="167"/>
        <source>تبويب الدورة</source>
        <translation>Onglet Édition</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/menus.py" line="174"/>
        <source>تبويب البلاغ</source>
        <translation>Onglet Communiqué</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/menus.py" line="181"/>
        <source>تبويب الملخص</source>
        <translation>Onglet Synthèse</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/menus.py" line="189"/>
        <source>وضع التحرير المركز</source>
        <translation>Mode rédaction concentrée</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/menus.py" line="223"/>
        <source>دليل العبارات الثابتة…</source>
        <translation>Phrases types…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/menus.py" line="260"/>
        <source>دليل الاستعمال</source>
        <translation>Guide d&apos;utilisation</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/main_window.py" line="207"/>
        <location filename="../../desktop/balagh/gui/window/menus.py" line="102"/>
        <source>الإعدادات…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/menus.py" line="107"/>
        <source>خروج</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/menus.py" line="123"/>
        <source>بحث في الدورات</source>
        <translation>Rechercher dans les éditions</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/menus.py" line="128"/>
        <source>تراجع</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/menus.py" line="131"/>
        <source>إعادة</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/menus.py" line="216"/>
        <source>قوالب البلاغات…</source>
        <translation>Modèles de communiqués…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/menus.py" line="217"/>
        <source>أرشيف البلاغات الصادرة…</source>
        <translation>Archives des communiqués publiés…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/menus.py" line="230"/>
        <source>التحقق من ملف PDF…</source>
        <translation>Vérifier un fichier PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/record_actions.py" line="40"/>
        <source>سجل الدورة المختارة…</source>
        <translation>Historique de l&apos;édition choisie…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/record_actions.py" line="42"/>
        <source>سلة المحذوفات…</source>
        <translation>Corbeille…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/record_actions.py" line="44"/>
        <source>النسخ الاحتياطية…</source>
        <translation>Sauvegardes…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/record_actions.py" line="82"/>
        <source>دور محرر: لا إصدار</source>
        <translation>Rôle rédacteur : pas de publication</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/record_actions.py" line="104"/>
        <source>تعذرت النسخة الاحتياطية اليومية: %1</source>
        <translation>Sauvegarde quotidienne impossible : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/record_actions.py" line="109"/>
        <source>لا توجد</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/record_actions.py" line="110"/>
        <source>آخر نسخة احتياطية: %1</source>
        <translation>Dernière sauvegarde : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/record_actions.py" line="150"/>
        <source>جار إنشاء النسخة الاحتياطية…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/record_actions.py" line="156"/>
        <source>تعذرت النسخة الاحتياطية</source>
        <translation>Sauvegarde impossible</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/record_actions.py" line="170"/>
        <source>سجل الدورة</source>
        <translation>Historique de l&apos;édition</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/record_actions.py" line="171"/>
        <source>اختر دورة محفوظة من القائمة لرؤية سجلها.</source>
        <translation>Choisissez une édition enregistrée dans la liste pour voir son historique.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/record_actions.py" line="227"/>
        <source>تعذر الاسترجاع</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/record_actions.py" line="241"/>
        <source>استرجاع نسخة احتياطية</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/record_actions.py" line="242"/>
        <source>استرجعت قاعدة البيانات من %1. حفظت القاعدة السابقة في %2.</source>
        <translation>Base de données restaurée depuis %1. La base précédente a été mise de côté dans %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/widgets/export_notice.py" line="35"/>
        <source>فتح المجلد</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>OrderedListEditor</name>
    <message>
        <location filename="../../desktop/balagh/gui/widgets/list_editor.py" line="50"/>
        <source>إضافة سطر</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/widgets/list_editor.py" line="51"/>
        <source>حذف السطر</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/widgets/list_editor.py" line="52"/>
        <source>تقديم</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/widgets/list_editor.py" line="53"/>
        <source>تأخير</source>
        <translation>Descendre</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../desktop/balagh/gui/widgets/pdf_preview.py" line="38"/>
        <source>لا توجد معاينة بعد.</source>
        <translation>Pas encore d&apos;aperçu.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/widgets/pdf_preview.py" line="52"/>
        <source>تعذر عرض ملف PDF.</source>
        <translation>Impossible d&apos;afficher le PDF.</translation>
    </message>
</context>
<context>
    <name>PhrasebookDialog</name>
    <message>
        <location filename="../../desktop/balagh/gui/release/phrasebook_dialog.py" line="54"/>
        <source>دليل العبارات الثابتة</source>
        <translation>Phrases types</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/phrasebook_dialog.py" line="61"/>
        <source>عبارات القوالب العربية</source>
        <translation>Phrases des modèles arabes</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/phrasebook_dialog.py" line="62"/>
        <source>عبارات القوالب الفرنسية</source>
        <translation>Phrases des modèles français</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/phrasebook_dialog.py" line="73"/>
        <source>حفظ الصيغة</source>
        <translation>Enregistrer la formulation</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/phrasebook_dialog.py" line="75"/>
        <source>استعادة الصيغة المدمجة</source>
        <translation>Rétablir la formulation d&apos;origine</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/phrasebook_dialog.py" line="79"/>
        <source>استعادة الصيغة المختارة</source>
        <translation>Rétablir la formulation choisie</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/phrasebook_dialog.py" line="96"/>
        <source>الخانات الملونة تملؤها قاعدة البيانات ولا تعدل حروفها؛ تحذف أو تنقل كاملة، أو تدرج من الأزرار.</source>
        <translation>Les cases colorées sont remplies par la base de données ; elles ne se modifient pas, elles se suppriment, se déplacent ou s&apos;insèrent entières avec les boutons.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/phrasebook_dialog.py" line="102"/>
        <source>إدراج خانة:</source>
        <translation>Insérer une case :</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/phrasebook_dialog.py" line="107"/>
        <source>الاسم</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/phrasebook_dialog.py" line="113"/>
        <source>السجل (الأحدث أولا)</source>
        <translation>Historique (le plus récent d&apos;abord)</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/phrasebook_dialog.py" line="148"/>
        <source> (معدلة)</source>
        <translation> (modifiée)</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/phrasebook_dialog.py" line="182"/>
        <source>الصيغة المدمجة</source>
        <translation>formulation d&apos;origine</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/phrasebook_dialog.py" line="200"/>
        <source>حفظت الصيغة الجديدة؛ تستعمل في المسودات القادمة.</source>
        <translation>Nouvelle formulation enregistrée ; les prochains brouillons l&apos;utilisent.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/phrasebook_dialog.py" line="203"/>
        <source>استعيدت الصيغة المدمجة.</source>
        <translation>Formulation d&apos;origine rétablie.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/phrasebook_dialog.py" line="209"/>
        <source>استعيدت الصيغة المختارة من السجل.</source>
        <translation>Formulation choisie rétablie depuis l&apos;historique.</translation>
    </message>
</context>
<context>
    <name>ReleaseExports</name>
    <message>
        <location filename="../../desktop/balagh/gui/release/exports.py" line="33"/>
        <source>نسخ النص</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/exports.py" line="35"/>
        <source>ينسخ البلاغ كاملا للبريد الإلكتروني وللموقع</source>
        <translation>Copie tout le communiqué pour le courriel et le site</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/exports.py" line="36"/>
        <source>ملف Word…</source>
        <translation>Word…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/exports.py" line="61"/>
        <source>نسخ البلاغ</source>
        <translation>Copier le communiqué</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/exports.py" line="69"/>
        <source>نسخ البلاغ كاملا (نص وHTML).</source>
        <translation>Communiqué copié en entier (texte et HTML).</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/exports.py" line="81"/>
        <location filename="../../desktop/balagh/gui/release/exports.py" line="89"/>
        <location filename="../../desktop/balagh/gui/release/exports.py" line="91"/>
        <source>تصدير Word</source>
        <translation>Exporter en Word</translation>
    </message>
    <message>
        <source>حفظ الملف: %1</source>
        <translation type="vanished">Fichier enregistré : %1</translation>
    </message>
</context>
<context>
    <name>ReleaseTab</name>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab_view.py" line="47"/>
        <source>بلاغ اختتام</source>
        <extracomment>The date field&apos;s «no date» («—»): before any release the office could have issued.</extracomment>
        <translation>Communiqué de clôture</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab_view.py" line="49"/>
        <source>بلاغ افتتاح</source>
        <translation>Communiqué d&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab_view.py" line="51"/>
        <source>نشرة يومية</source>
        <translation>Bulletin quotidien</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab_view.py" line="53"/>
        <source>اليوم</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab_view.py" line="57"/>
        <source>القوالب…</source>
        <translation>Modèles…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab_view.py" line="60"/>
        <source>نسخ قالب مدمج وتعديله وحفظه باسم</source>
        <translation>Copier un modèle intégré, le modifier et l&apos;enregistrer sous un nom</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab_view.py" line="62"/>
        <location filename="../../desktop/balagh/gui/release/tab.py" line="311"/>
        <source>إنشاء المسودة</source>
        <translation>Générer le brouillon</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab_view.py" line="68"/>
        <source>النوع</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab_view.py" line="72"/>
        <source>القالب</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab_view.py" line="84"/>
        <source>تصحيح</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab_view.py" line="87"/>
        <source>إعداد مسودة تصحيح تحل محل هذا البلاغ عند إصدارها</source>
        <translation>Préparer un brouillon rectificatif qui remplacera ce communiqué une fois émis</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab_view.py" line="115"/>
        <source>العنوان</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab_view.py" line="117"/>
        <source>المكان</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab_view.py" line="119"/>
        <source>التاريخ</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab_view.py" line="129"/>
        <source>الفقرات</source>
        <translation>Paragraphes</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab_view.py" line="143"/>
        <source>حفظ المسودة</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab_view.py" line="146"/>
        <location filename="../../desktop/balagh/gui/release/tab.py" line="356"/>
        <location filename="../../desktop/balagh/gui/release/tab.py" line="364"/>
        <source>إصدار البلاغ</source>
        <translation>Publier le communiqué</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab_view.py" line="149"/>
        <source>تصدير PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab_view.py" line="151"/>
        <source>طباعة…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab_view.py" line="154"/>
        <source>الأرشيف…</source>
        <translation>Archives…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab_view.py" line="182"/>
        <source>الفقرات (فقرة في كل سطر)</source>
        <translation>Paragraphes (un par ligne)</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/drafting.py" line="31"/>
        <source>جار إنشاء المسودة…</source>
        <translation>Rédaction du projet…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab_dialogs.py" line="99"/>
        <source>التوقيع الإلكتروني لهذا الملف مكسور: غير الملف بعد توقيعه.</source>
        <translation>La signature électronique de ce fichier est invalide : il a été modifié après sa signature.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab_dialogs.py" line="106"/>
        <source>موقع إلكترونيا من طرف %1 في %2، ولم يتغير بعد توقيعه.</source>
        <translation>Signé électroniquement par %1 le %2, sans modification depuis.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab_view.py" line="132"/>
        <location filename="../../desktop/balagh/gui/release/tab_view.py" line="175"/>
        <source>نتيجة الفحص</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab.py" line="83"/>
        <source>تعذرت المعاينة: </source>
        <extracomment>A new (or duplicated) edition is being edited and not yet saved: nothing to release.</extracomment>
        <translation>Aperçu impossible : </translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab.py" line="86"/>
        <source>البلاغ</source>
        <translation>Communiqué</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab.py" line="109"/>
        <source>القالب المدمج</source>
        <translation>Modèle intégré</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab.py" line="208"/>
        <source>جار تحميل طبقة الوثائق…</source>
        <translation>Chargement de la production des documents…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab.py" line="209"/>
        <source>طبقة الوثائق (إنشاء ملفات PDF) غير متوفرة في هذه النسخة.</source>
        <translation>La production des documents PDF n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab.py" line="222"/>
        <location filename="../../desktop/balagh/gui/release/tab.py" line="224"/>
        <source>احفظ الدورة أولا لإعداد بلاغها</source>
        <translation>Enregistrez d&apos;abord l&apos;édition pour préparer son communiqué</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab.py" line="227"/>
        <source>لا توجد مسودة لهذه الدورة: اختر قالبا ثم «إنشاء المسودة».</source>
        <translation>Aucun brouillon pour cette édition : choisissez un modèle puis « Générer le brouillon ».</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab.py" line="240"/>
        <source>مسودة تصحيح: تحل محل البلاغ السابق عند إصدارها.</source>
        <translation>Brouillon rectificatif : il remplacera le communiqué précédent une fois émis.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab.py" line="169"/>
        <location filename="../../desktop/balagh/gui/release/tab.py" line="229"/>
        <source>لا توجد معاينة بعد.</source>
        <translation>Pas encore d&apos;aperçu.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab_view.py" line="140"/>
        <source>فحص التطابق</source>
        <translation>Vérifier la cohérence</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab.py" line="243"/>
        <source>مسودة: التعديلات تظهر في المعاينة بعد لحظة.</source>
        <translation>Brouillon : les modifications apparaissent dans l&apos;aperçu après un instant.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab.py" line="257"/>
        <source>صدر هذا البلاغ تحت المرجع %1 — للقراءة فقط</source>
        <translation>Communiqué émis sous la référence %1 — lecture seule</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab.py" line="260"/>
        <source>تاريخ الإصدار: %1</source>
        <translation>Date d&apos;émission : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab.py" line="283"/>
        <source>✓ لم يظهر أي تعارض بين النص والأرقام المسجلة.</source>
        <translation>✓ Aucun écart entre le texte et les chiffres enregistrés.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab.py" line="312"/>
        <source>ستعوض المسودة الحالية بمسودة جديدة من القالب. هل تريد المتابعة؟</source>
        <translation>Le brouillon actuel sera remplacé par un nouveau brouillon issu du modèle. Continuer ?</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab.py" line="348"/>
        <source>إصدار رغم التعارض</source>
        <translation>Publier malgré les écarts</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab.py" line="349"/>
        <source>وجد الفحص تعارضات. اكتب سبب الإصدار رغم ذلك:</source>
        <translation>La vérification a trouvé des écarts. Indiquez pourquoi publier malgré tout :</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab.py" line="357"/>
        <source>بعد الإصدار يحمل البلاغ رقما مرجعيا ولا يمكن تعديله. هل تريد الإصدار؟</source>
        <translation>Une fois publié, le communiqué reçoit une référence et ne peut plus être modifié. Publier ?</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab.py" line="365"/>
        <source>صدر البلاغ تحت المرجع %1.</source>
        <translation>Communiqué publié sous la référence %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab.py" line="382"/>
        <location filename="../../desktop/balagh/gui/release/tab.py" line="385"/>
        <source>تصدير البلاغ</source>
        <translation>Exporter le communiqué</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/widgets/export_notice.py" line="52"/>
        <source>حفظ الملف: %1</source>
        <translation>Fichier enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab_dialogs.py" line="57"/>
        <location filename="../../desktop/balagh/gui/release/tab_dialogs.py" line="70"/>
        <location filename="../../desktop/balagh/gui/release/tab_dialogs.py" line="76"/>
        <location filename="../../desktop/balagh/gui/release/tab_dialogs.py" line="85"/>
        <source>التحقق من بلاغ</source>
        <translation>Vérifier un communiqué</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab_dialogs.py" line="77"/>
        <source>هذا الملف لا يطابق أي بلاغ صادر: قد يكون مسودة أو ملفا معدلا.</source>
        <translation>Ce fichier ne correspond à aucun communiqué publié : brouillon ou fichier modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/tab_dialogs.py" line="86"/>
        <source>الملف مطابق للبلاغ الصادر تحت المرجع %1 بتاريخ %2 (الدورة %3).</source>
        <translation>Le fichier est identique au communiqué publié sous la référence %1 le %2 (édition %3).</translation>
    </message>
</context>
<context>
    <name>ReleasesTableModel</name>
    <message>
        <location filename="../../desktop/balagh/gui/release/archive_dialog.py" line="50"/>
        <source>المرجع</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/archive_dialog.py" line="51"/>
        <source>الدورة</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/archive_dialog.py" line="52"/>
        <source>النوع</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/archive_dialog.py" line="53"/>
        <source>تاريخ البلاغ</source>
        <translation>Date du communiqué</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/archive_dialog.py" line="54"/>
        <source>الحالة</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/archive_dialog.py" line="55"/>
        <source>تاريخ الإصدار</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/archive_dialog.py" line="56"/>
        <source>حرره</source>
        <translation>Rédigé par</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/archive_dialog.py" line="57"/>
        <source>تحقق منه</source>
        <translation>Vérifié par</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/archive_dialog.py" line="58"/>
        <source>أصدره</source>
        <translation>Émis par</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/archive_dialog.py" line="87"/>
        <source>اختتام</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/archive_dialog.py" line="87"/>
        <source>افتتاح</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/archive_dialog.py" line="91"/>
        <source>صادر</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/archive_dialog.py" line="91"/>
        <source>مسودة</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/archive_dialog.py" line="101"/>
        <source>تحقق منه %1 في %2</source>
        <translation>Vérifié par %1 le %2</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/archive_dialog.py" line="104"/>
        <source>أصدر رغم الفروق، بسبب: %1</source>
        <translation>Émis malgré les écarts, motif : %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/settings.py" line="59"/>
        <source>الإعدادات</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/settings.py" line="70"/>
        <location filename="../../desktop/balagh/gui/dialogs/settings.py" line="152"/>
        <source>بدون شعار</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/settings.py" line="71"/>
        <source>اختيار…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/settings.py" line="73"/>
        <source>إزالة</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/settings.py" line="93"/>
        <source>بلاغ اختتام (مدمج)</source>
        <translation>Communiqué de clôture (intégré)</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/settings.py" line="94"/>
        <source>بلاغ افتتاح (مدمج)</source>
        <translation>Communiqué d&apos;ouverture (intégré)</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/settings.py" line="96"/>
        <source>%1 (قالب محفوظ)</source>
        <translation>%1 (modèle enregistré)</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/settings.py" line="101"/>
        <source>الملف المدمج (افتراضي)</source>
        <translation>Fichier intégré (par défaut)</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/settings.py" line="102"/>
        <source>اختيار ملف…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/settings.py" line="115"/>
        <source>أرقام عربية (2.400.000)</source>
        <translation>Chiffres arabes (2.400.000)</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/settings.py" line="116"/>
        <source>أرقام هندية (٢٬٤٠٠٬٠٠٠)</source>
        <translation>Chiffres indo-arabes</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/settings.py" line="120"/>
        <source>سطور رأسية الوثائق</source>
        <translation>Lignes de l&apos;en-tête</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/settings.py" line="122"/>
        <source>سطر في كل سطر، من الأعلى إلى الأسفل، في أعلى يمين البلاغ.</source>
        <translation>Une ligne par ligne, de haut en bas, en haut à droite du communiqué.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/settings.py" line="124"/>
        <location filename="../../desktop/balagh/gui/dialogs/settings.py" line="170"/>
        <source>الشعار</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/settings.py" line="125"/>
        <source>مكان سطر التاريخ</source>
        <translation>Lieu de la ligne de date</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/settings.py" line="127"/>
        <source>مثال: «الرباط في 22 ماي 2023». يطبق على المسودات الجديدة.</source>
        <translation>Exemple : Rabat, le 22 mai 2023 (écrit en arabe sur le communiqué). S&apos;applique aux nouveaux brouillons.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/settings.py" line="129"/>
        <source>عنوان البلاغ</source>
        <translation>Titre du communiqué</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/settings.py" line="130"/>
        <source>القالب الافتراضي</source>
        <translation>Modèle par défaut</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/settings.py" line="131"/>
        <source>أرقام الجداول والبطاقات</source>
        <translation>Chiffres des tableaux et cartes</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/settings.py" line="132"/>
        <location filename="../../desktop/balagh/gui/dialogs/settings.py" line="178"/>
        <source>قاعدة البيانات</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/settings.py" line="133"/>
        <source>يطبق تغيير قاعدة البيانات عند إعادة تشغيل البرنامج.</source>
        <translation>Le changement de base de données prend effet au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/settings.py" line="134"/>
        <source>لغة الواجهة</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/settings.py" line="135"/>
        <source>تطبق لغة الواجهة عند إعادة تشغيل البرنامج.</source>
        <translation>La langue de l&apos;interface change au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/settings.py" line="157"/>
        <source>تعذرت قراءة الصورة</source>
        <translation>Image illisible</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/settings.py" line="170"/>
        <source>صور (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>SigningPrompt</name>
    <message>
        <location filename="../../desktop/balagh/gui/release/signing_prompt.py" line="23"/>
        <source>توقيع البلاغ</source>
        <extracomment>Passwords typed this session, by certificate file (kept in memory only).</extracomment>
        <translation>Signature du communiqué</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/signing_prompt.py" line="24"/>
        <source>كلمة سر شهادة التوقيع %1:</source>
        <translation>Mot de passe du certificat de signature %1 :</translation>
    </message>
</context>
<context>
    <name>StartupErrorPage</name>
    <message>
        <location filename="../../desktop/balagh/gui/window/startup_error.py" line="47"/>
        <source>تعذر فتح قاعدة البيانات</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/startup_error.py" line="60"/>
        <source>اختر ملف قاعدة بيانات آخر، أو غير مكانها من «ملف ← الإعدادات…».</source>
        <translation>Choisissez un autre fichier de base de données, ou changez son emplacement dans « Fichier → Paramètres… ».</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/startup_error.py" line="64"/>
        <source>اختيار قاعدة بيانات أخرى…</source>
        <translation>Choisir une autre base de données…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/startup_error.py" line="66"/>
        <source>إنهاء</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <location filename="../../desktop/balagh/gui/summary/tab.py" line="49"/>
        <location filename="../../desktop/balagh/gui/summary/tab.py" line="216"/>
        <source>احفظ الدورة أولا لإعداد ملخصها</source>
        <extracomment>A new (or duplicated) edition is being edited and not yet saved.</extracomment>
        <translation>Enregistrez d&apos;abord l&apos;édition pour préparer sa synthèse</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/summary/tab.py" line="60"/>
        <source>ملخص الدورة</source>
        <translation>Synthèse de l&apos;édition</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/summary/tab.py" line="61"/>
        <source>تقرير جميع الدورات</source>
        <translation>Rapport de toutes les éditions</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/summary/tab.py" line="62"/>
        <source>بطاقة للنشر</source>
        <translation>Carte pour les réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/summary/tab.py" line="63"/>
        <source>عناوين بالفرنسية</source>
        <translation>Libellés en français</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/summary/tab.py" line="69"/>
        <source>كل الدورات</source>
        <translation>Toutes les éditions</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/summary/tab.py" line="70"/>
        <source>الدورات الأخيرة: </source>
        <translation>Dernières éditions : </translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/summary/tab.py" line="71"/>
        <source>تحديث المعاينة</source>
        <translation>Actualiser l&apos;aperçu</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/summary/tab.py" line="72"/>
        <source>تصدير PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/summary/tab.py" line="73"/>
        <source>تصدير Excel…</source>
        <translation>Exporter en Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/summary/tab.py" line="74"/>
        <source>تصدير PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/summary/tab.py" line="75"/>
        <source>طباعة…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/summary/tab.py" line="210"/>
        <source>طبقة الوثائق (إنشاء ملفات PDF) غير متوفرة في هذه النسخة.</source>
        <translation>La production des documents PDF n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/summary/tab.py" line="212"/>
        <source>جار تحميل طبقة الوثائق…</source>
        <translation>Chargement de la production des documents…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/summary/tab.py" line="219"/>
        <source>اختر دورة من القائمة.</source>
        <translation>Choisissez une édition dans la liste.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/summary/tab.py" line="223"/>
        <source>جار إعداد المعاينة…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/summary/tab.py" line="232"/>
        <source>تعذرت المعاينة: </source>
        <translation>Aperçu impossible : </translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/summary/tab.py" line="260"/>
        <source>تصدير PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/summary/tab.py" line="268"/>
        <source>تصدير PNG</source>
        <translation>Exporter en PNG</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/summary/tab.py" line="276"/>
        <source>تصدير Excel</source>
        <translation>Exporter en Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/summary/tab.py" line="295"/>
        <location filename="../../desktop/balagh/gui/summary/tab.py" line="299"/>
        <source>تصدير</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>حفظ الملف: %1</source>
        <translation type="vanished">Fichier enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/summary/card_choice.py" line="25"/>
        <source>الدورة كاملة</source>
        <translation>Toute l&apos;édition</translation>
    </message>
</context>
<context>
    <name>TemplateHistoryDialog</name>
    <message>
        <location filename="../../desktop/balagh/gui/release/template_history_dialog.py" line="48"/>
        <source>سجل القالب «%1»</source>
        <translation>Historique du modèle « %1 »</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/template_history_dialog.py" line="62"/>
        <source>استرجاع هذه النسخة…</source>
        <translation>Restaurer cette version…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/template_history_dialog.py" line="79"/>
        <source>النسخ المحفوظة: %1</source>
        <translation>Versions enregistrées : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/template_history_dialog.py" line="97"/>
        <source>النسخة %1 — %2</source>
        <translation>Version %1 — %2</translation>
    </message>
    <message>
        <source>استرجاع نسخة</source>
        <translation type="vanished">Restaurer une version</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/template_history_dialog.py" line="107"/>
        <source>هل تريد جعل النسخة %1 من القالب هي الحالية؟ يسجل ذلك نسخة جديدة، ولا يضيع شيء من السجل.</source>
        <translation>Faire de la version %1 du modèle la version actuelle ? Une nouvelle version est enregistrée ; rien de l&apos;historique n&apos;est perdu.</translation>
    </message>
    <message>
        <source>تعذر الاسترجاع</source>
        <translation type="vanished">Restauration impossible</translation>
    </message>
</context>
<context>
    <name>TemplatesController</name>
    <message>
        <location filename="../../desktop/balagh/gui/release/templates_controller.py" line="63"/>
        <source>نسخة من قالب الاختتام</source>
        <translation>Copie du modèle de clôture</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/templates_controller.py" line="64"/>
        <source>نسخة من قالب الافتتاح</source>
        <translation>Copie du modèle d&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/templates_controller.py" line="89"/>
        <source>لا توجد أي دورة لتجربة القالب عليها.</source>
        <translation>Aucune édition sur laquelle essayer le modèle.</translation>
    </message>
    <message>
        <source>لا يمكن حفظ القوالب في قاعدة البيانات هذه.</source>
        <translation type="vanished">Cette base de données ne peut pas enregistrer de modèles.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/templates_controller.py" line="120"/>
        <source>اكتب اسما للقالب.</source>
        <translation>Donnez un nom au modèle.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../desktop/balagh/gui/release/templates_dialog.py" line="69"/>
        <location filename="../../desktop/balagh/gui/release/templates_dialog.py" line="307"/>
        <location filename="../../desktop/balagh/gui/release/templates_dialog.py" line="331"/>
        <location filename="../../desktop/balagh/gui/release/templates_dialog.py" line="336"/>
        <source>قوالب البلاغات</source>
        <extracomment>A trial (or a save, which tries first) finished in the background.</extracomment>
        <translation>Modèles de communiqués</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/templates_dialog.py" line="74"/>
        <source>نسخة من قالب الاختتام المدمج</source>
        <translation>Copier le modèle de clôture intégré</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/templates_dialog.py" line="75"/>
        <source>نسخة من قالب الافتتاح المدمج</source>
        <translation>Copier le modèle d&apos;ouverture intégré</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/templates_dialog.py" line="76"/>
        <source>حذف القالب</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/templates_dialog.py" line="77"/>
        <source>سجل القالب…</source>
        <translation>Historique du modèle…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/templates_dialog.py" line="79"/>
        <source>النسخ المحفوظة من هذا القالب، واسترجاع إحداها</source>
        <translation>Les versions enregistrées de ce modèle ; en restaurer une</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/templates_dialog.py" line="83"/>
        <source>القوالب المحفوظة</source>
        <translation>Modèles enregistrés</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/templates_dialog.py" line="92"/>
        <source>بلاغ اختتام</source>
        <translation>Communiqué de clôture</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/templates_dialog.py" line="93"/>
        <source>بلاغ افتتاح</source>
        <translation>Communiqué d&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/templates_dialog.py" line="94"/>
        <source>نشرة يومية</source>
        <translation>Bulletin quotidien</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/templates_dialog.py" line="97"/>
        <source>العربية</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/templates_dialog.py" line="98"/>
        <source>الفرنسية (النسخة الفرنسية)</source>
        <translation>Français (version française)</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/templates_dialog.py" line="100"/>
        <source>لغة القالب؛ نسخ القالب المدمج يأخذ القالب المدمج لهذه اللغة</source>
        <translation>Langue du modèle ; la copie du modèle intégré prend celui de cette langue</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/templates_dialog.py" line="103"/>
        <source>تجربة على الدورة</source>
        <translation>Essayer sur l&apos;édition</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/templates_dialog.py" line="104"/>
        <source>حفظ القالب</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/templates_dialog.py" line="113"/>
        <source>اسم القالب</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/templates_dialog.py" line="114"/>
        <source>النوع</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/templates_dialog.py" line="115"/>
        <source>اللغة</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/templates_dialog.py" line="124"/>
        <source>نص القالب</source>
        <translation>Texte du modèle</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/templates_dialog.py" line="128"/>
        <source>النص الناتج للدورة</source>
        <translation>Texte obtenu pour l&apos;édition</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/templates_dialog.py" line="244"/>
        <source>حفظ القالب «%1».</source>
        <translation>Modèle « %1 » enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/templates_dialog.py" line="245"/>
        <source>القالب سليم: هذا نص البلاغ الذي يكتبه.</source>
        <translation>Le modèle fonctionne : voici le texte qu&apos;il écrit.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/templates_dialog.py" line="267"/>
        <source>جار تجربة القالب…</source>
        <translation>Essai du modèle en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/templates_dialog.py" line="308"/>
        <source>يوجد قالب باسم «%1». هل تريد تعويضه؟</source>
        <translation>Un modèle nommé « %1 » existe. Le remplacer ?</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/release/templates_dialog.py" line="332"/>
        <source>هل تريد حذف القالب «%1»؟</source>
        <translation>Supprimer le modèle « %1 » ?</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/trash.py" line="103"/>
        <source>سلة المحذوفات</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/trash.py" line="106"/>
        <source>الدورات المحذوفة تبقى هنا مع مسوداتها وسجلها حتى تفرغ السلة. الدورة التي لها بلاغات صادرة لا تحذف أصلا.</source>
        <translation>Les éditions supprimées restent ici avec leurs brouillons et leur historique jusqu&apos;à ce que la corbeille soit vidée. Une édition ayant des communiqués émis ne peut pas être supprimée.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/trash.py" line="111"/>
        <source>سلة المحذوفات فارغة.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/trash.py" line="112"/>
        <source>استرجاع الدورة</source>
        <translation>Restaurer l&apos;édition</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/trash.py" line="114"/>
        <source>إفراغ السلة…</source>
        <translation>Vider la corbeille…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/trash.py" line="152"/>
        <source>تعذر الاسترجاع</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/trash.py" line="165"/>
        <source>إفراغ السلة</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/trash.py" line="166"/>
        <source>ستحذف نهائيا الدورات: %1، مع مسوداتها. يبقى سجل تعديلاتها، ويسجل من أفرغ السلة. هل تريد المتابعة؟</source>
        <translation>Les éditions %1 seront supprimées définitivement avec leurs brouillons. Leur historique reste, et qui a vidé la corbeille est enregistré. Continuer ?</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/trash.py" line="173"/>
        <source>تعذر إفراغ السلة</source>
        <translation>Impossible de vider la corbeille</translation>
    </message>
</context>
<context>
    <name>TrashTableModel</name>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/trash.py" line="57"/>
        <source>الدورة</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/trash.py" line="58"/>
        <source>المدينة</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/trash.py" line="59"/>
        <source>السنة</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/trash.py" line="60"/>
        <source>تاريخ الحذف</source>
        <translation>Supprimée le</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/trash.py" line="61"/>
        <source>حذفها</source>
        <translation>Supprimée par</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/dialogs/trash.py" line="62"/>
        <source>المسودات</source>
        <translation>Brouillons</translation>
    </message>
</context>
<context>
    <name>VersionsTableModel</name>
    <message>
        <location filename="../../desktop/balagh/gui/widgets/versions_table.py" line="48"/>
        <source>النسخة</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/widgets/versions_table.py" line="49"/>
        <source>التاريخ</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/widgets/versions_table.py" line="50"/>
        <source>من طرف</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/widgets/versions_table.py" line="51"/>
        <source>العملية</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/widgets/versions_table.py" line="70"/>
        <source>مستخدم الحاسوب: %1 — دور قاعدة البيانات: %2</source>
        <translation>Utilisateur : %1 — rôle dans la base : %2</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../desktop/balagh/gui/window/crash.py" line="52"/>
        <source>خطأ غير متوقع</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/crash.py" line="54"/>
        <source>حدث خطأ غير متوقع. لم يحفظ ما لم تضغط على «حفظ» قبله. الخطأ: %1</source>
        <translation>Une erreur inattendue s&apos;est produite. Ce qui n&apos;a pas été enregistré avant est perdu. Erreur : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/window/crash.py" line="59"/>
        <source>سجل البرنامج: %1</source>
        <translation>Journal : %1</translation>
    </message>
</context>
<context>
    <name>interchange</name>
    <message>
        <location filename="../../desktop/balagh/gui/edition/interchange.py" line="43"/>
        <source>… و%1 أخرى</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/interchange.py" line="75"/>
        <source>استيراد %1: قراءة الملف والتحقق من الدورات…</source>
        <translation>Import de %1 : lecture et vérification des éditions…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/interchange.py" line="93"/>
        <location filename="../../desktop/balagh/gui/edition/interchange.py" line="152"/>
        <location filename="../../desktop/balagh/gui/edition/interchange.py" line="173"/>
        <source>تعذر الاستيراد</source>
        <translation>Échec de l&apos;importation</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/interchange.py" line="112"/>
        <location filename="../../desktop/balagh/gui/edition/interchange.py" line="141"/>
        <source>استيراد الدورات</source>
        <translation>Importer des éditions</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/interchange.py" line="113"/>
        <source>الدورات %1 موجودة. هل تريد تعويضها بما في الملف؟</source>
        <translation>Les éditions %1 existent déjà. Les remplacer par celles du fichier ?</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/interchange.py" line="121"/>
        <source>استيراد %1: حفظ %2 دورة…</source>
        <translation>Import de %1 : enregistrement de %2 éditions…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/interchange.py" line="125"/>
        <source>استيراد %1: تحديث قائمة الدورات…</source>
        <translation>Import de %1 : mise à jour de la liste des éditions…</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/interchange.py" line="142"/>
        <source>استوردت %1 دورة من %2: %3</source>
        <translation>%1 édition(s) importée(s) de %2 : %3</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/interchange.py" line="155"/>
        <source>لم يتغير أي شيء في قاعدة البيانات.</source>
        <translation>Rien n&apos;a été modifié dans la base de données.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/interchange.py" line="165"/>
        <source>استيراد دورات</source>
        <translation>Importer des éditions</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/interchange.py" line="191"/>
        <source>تصدير الدورات</source>
        <translation>Exporter les éditions</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/edition/interchange.py" line="201"/>
        <source>صدرت الدورات إلى %1</source>
        <translation>Éditions exportées vers %1</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <location filename="../../desktop/balagh/gui/prompts.py" line="28"/>
        <source>تعديلات غير محفوظة</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/prompts.py" line="30"/>
        <source>توجد تعديلات غير محفوظة على %1.</source>
        <translation>%1 comporte des modifications non enregistrées.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/prompts.py" line="32"/>
        <source>هل تريد حفظها قبل المتابعة؟</source>
        <translation>Les enregistrer avant de continuer ?</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/prompts.py" line="34"/>
        <source>حفظ</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/prompts.py" line="37"/>
        <source>تجاهل التعديلات</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/prompts.py" line="40"/>
        <location filename="../../desktop/balagh/gui/prompts.py" line="70"/>
        <source>إلغاء</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/prompts.py" line="55"/>
        <source>تعارض في الحفظ</source>
        <translation>Conflit d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/prompts.py" line="57"/>
        <source>قام شخص آخر بحفظ هذه الدورة بعد أن فتحتها. يمكنك إعادة تحميل النسخة المحفوظة (ستضيع تعديلاتك) أو الكتابة فوقها بتعديلاتك.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré cette édition après son ouverture. Vous pouvez recharger la version enregistrée (vos modifications seront perdues) ou l&apos;écraser avec vos modifications.</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/prompts.py" line="65"/>
        <source>إعادة التحميل</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/prompts.py" line="68"/>
        <source>الكتابة فوقها</source>
        <translation>Écraser</translation>
    </message>
    <message>
        <location filename="../../desktop/balagh/gui/prompts.py" line="110"/>
        <source>تعذر الحفظ</source>
        <translation>Enregistrement impossible</translation>
    </message>
</context>
</TS>
