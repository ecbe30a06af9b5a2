<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Heel or arch pain</source>
        <translation>Dolor de talón o de arco</translation>
    </message>
    <message>
        <source>Ankle pain or sprain</source>
        <translation>Dolor o torcedura de tobillo</translation>
    </message>
    <message>
        <source>Back, knee or hip pain linked to the feet</source>
        <translation>Dolor de espalda, rodilla o cadera que viene de los pies</translation>
    </message>
    <message>
        <source>Toenail problem</source>
        <translation>Problema de uñas de los pies</translation>
    </message>
    <message>
        <source>Skin, corn or callus</source>
        <translation>Piel, callo o dureza</translation>
    </message>
    <message>
        <source>Diabetic foot check</source>
        <translation>Revisión del pie diabético</translation>
    </message>
    <message>
        <source>Sports injury</source>
        <translation>Lesión deportiva</translation>
    </message>
    <message>
        <source>Orthotics or footwear advice</source>
        <translation>Plantillas o consejos sobre calzado</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Cita de seguimiento</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>apellido</translation>
    </message>
    <message>
        <source>That %1 is too long. Please use at most %2 letters.</source>
        <translation>Ese %1 es demasiado largo. Use %2 letras como máximo.</translation>
    </message>
    <message>
        <source>Your %1 has a character we cannot show. Please type it again.</source>
        <translation>Su %1 tiene un carácter que no podemos mostrar. Escríbalo otra vez.</translation>
    </message>
    <message>
        <source>Please enter your %1.</source>
        <translation>Escriba su %1.</translation>
    </message>
    <message>
        <source>Please use only letters, spaces, hyphens and apostrophes in your %1.</source>
        <translation>Use solo letras, espacios, guiones y apóstrofos en su %1.</translation>
    </message>
    <message>
        <source>Please enter your %1 with letters.</source>
        <translation>Escriba su %1 con letras.</translation>
    </message>
    <message>
        <source>That date does not exist. Please check the day and month.</source>
        <translation>Esa fecha no existe. Revise el día y el mes.</translation>
    </message>
    <message>
        <source>That date is in the future. Please check the year.</source>
        <translation>Esa fecha todavía no ha llegado. Revise el año.</translation>
    </message>
    <message>
        <source>Please check the year you were born.</source>
        <translation>Revise el año en que nació.</translation>
    </message>
    <message>
        <source>Please check the number. Use only digits.</source>
        <translation>Revise el número. Use solo dígitos.</translation>
    </message>
    <message>
        <source>Please check the number. It looks too short or too long.</source>
        <translation>Revise el número. Parece demasiado corto o demasiado largo.</translation>
    </message>
    <message>
        <source>Please check the number. It does not look like a phone number.</source>
        <translation>Revise el número. No parece un número de teléfono.</translation>
    </message>
    <message>
        <source>Please give a mobile number, so that we can text you.</source>
        <translation>Escriba un número de celular, para que podamos enviarle mensajes.</translation>
    </message>
    <message>
        <source>Please choose from the list.</source>
        <translation>Elija de la lista.</translation>
    </message>
    <message>
        <source>Please choose at least one reason for your visit.</source>
        <translation>Elija al menos un motivo de su visita.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <source>MM</source>
        <translation>MM</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>AAAA</translation>
    </message>
    <message>
        <source>Please enter your whole date of birth.</source>
        <translation>Escriba su fecha de nacimiento completa.</translation>
    </message>
    <message>
        <source>Please answer Yes or No.</source>
        <translation>Responda Sí o No.</translation>
    </message>
    <message>
        <source>Please tell us if this is your first visit.</source>
        <translation>Díganos si esta es su primera visita.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Reason for visit</source>
        <translation>Motivo de la visita</translation>
    </message>
    <message>
        <source>Open wound, redness, fever or swelling</source>
        <translation>Herida abierta, enrojecimiento, fiebre o hinchazón</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Número de celular</translation>
    </message>
    <message>
        <source>None given</source>
        <translation>No lo dio</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Primera visita</translation>
    </message>
    <message>
        <source>I have been here before</source>
        <translation>Ya he venido antes</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Help moving around</source>
        <translation>Ayuda para moverse</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>Bienvenido a %1</translation>
    </message>
    <message>
        <source>Walk-ins are welcome.
Tap “Check in” below to let us know you are here.</source>
        <translation>Atendemos sin cita.
Toque “Registrarse” abajo para avisarnos que llegó.</translation>
    </message>
</context>
<context>
    <name>AboutStep</name>
    <message>
        <source>Is this your first visit to us?</source>
        <translation>¿Es su primera visita con nosotros?</translation>
    </message>
    <message>
        <source>Yes, this is my first visit</source>
        <translation>Sí, es mi primera visita</translation>
    </message>
    <message>
        <source>No, I have been here before</source>
        <translation>No, ya he venido antes</translation>
    </message>
    <message>
        <source>Tap below if you would like help getting to the room.</source>
        <translation>Toque abajo si quiere ayuda para llegar al consultorio.</translation>
    </message>
    <message>
        <source>I need help moving around</source>
        <translation>Necesito ayuda para moverme</translation>
    </message>
</context>
<context>
    <name>BirthDateStep</name>
    <message>
        <source>What is your date of birth?</source>
        <translation>¿Cuál es su fecha de nacimiento?</translation>
    </message>
</context>
<context>
    <name>CheckInFlow</name>
    <message>
        <source>They are deleted at the end of today.</source>
        <translation>Se borran al final del día de hoy.</translation>
    </message>
    <message>
        <source>They are deleted after 1 day.</source>
        <translation>Se borran después de 1 día.</translation>
    </message>
    <message>
        <source>They are deleted after %1 days.</source>
        <translation>Se borran después de %1 días.</translation>
    </message>
    <message>
        <source>We keep your name, date of birth, mobile number and reasons for your visit on this kiosk so that the front desk can see you in.</source>
        <translation>Guardamos su nombre, fecha de nacimiento, número de celular y motivos de su visita en esta pantalla para que la recepción pueda atenderle.</translation>
    </message>
    <message>
        <source>We keep your name, date of birth and reasons for your visit on this kiosk so that the front desk can see you in.</source>
        <translation>Guardamos su nombre, fecha de nacimiento y motivos de su visita en esta pantalla para que la recepción pueda atenderle.</translation>
    </message>
    <message>
        <source>Only the clinic staff can see them.</source>
        <translation>Solo el personal de la clínica puede verlos.</translation>
    </message>
    <message>
        <source>We could not save your check-in. Please see the front desk.</source>
        <translation>No pudimos guardar su registro. Por favor, acérquese a la recepción.</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <source>Check in: step %1 of %2</source>
        <translation>Registro: paso %1 de %2</translation>
    </message>
    <message>
        <source>Need help?</source>
        <translation>¿Ayuda?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
</context>
<context>
    <name>ConfirmCancel</name>
    <message>
        <source>Stop checking in? Your answers will be cleared.</source>
        <translation>¿Dejar el registro? Se borrarán sus respuestas.</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Yes, stop</source>
        <translation>Sí, dejarlo</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>You are checked in</source>
        <translation>Ya está registrado</translation>
    </message>
    <message>
        <source>You are checked in. Your number is</source>
        <translation>Ya está registrado. Su número es</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translation>Usted es el siguiente.</translation>
    </message>
    <message>
        <source>1 person is ahead of you.</source>
        <translation>Hay 1 persona antes que usted.</translation>
    </message>
    <message>
        <source>%1 people are ahead of you.</source>
        <translation>Hay %1 personas antes que usted.</translation>
    </message>
    <message>
        <source>Please take a seat.</source>
        <translation>Por favor, tome asiento.</translation>
    </message>
    <message>
        <source>We are sorry. Nothing you entered was kept.</source>
        <translation>Lo sentimos. No se guardó nada de lo que escribió.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>Footer</name>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Diapositiva %1 de %2</translation>
    </message>
    <message>
        <source>Need help?</source>
        <translation>¿Necesita ayuda?</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Registrarse</translation>
    </message>
</context>
<context>
    <name>HelpNotice</name>
    <message>
        <source>We have let the front desk know. Someone will come to help you.</source>
        <translation>Ya avisamos a la recepción. Alguien vendrá a ayudarle.</translation>
    </message>
</context>
<context>
    <name>LanguageButtons</name>
    <message>
        <source>Show the screens in %1</source>
        <translation>Ver las pantallas en %1</translation>
    </message>
</context>
<context>
    <name>LanguageName</name>
    <message>
        <source>English</source>
        <translation>Español</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>The screen is resting. Tap to wake it.</source>
        <translation>La pantalla está en reposo. Tóquela para encenderla.</translation>
    </message>
    <message>
        <source>Tap to wake</source>
        <translation>Toque para encender</translation>
    </message>
</context>
<context>
    <name>MobileStep</name>
    <message>
        <source>Your mobile number (you can leave this empty)</source>
        <translation>Su número de celular (puede dejarlo en blanco)</translation>
    </message>
    <message>
        <source>So that the front desk can text you if they need to.</source>
        <translation>Para que la recepción pueda enviarle un mensaje si hace falta.</translation>
    </message>
</context>
<context>
    <name>NameStep</name>
    <message>
        <source>What is your name?</source>
        <translation>¿Cómo se llama?</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>PatientTools</name>
    <message>
        <source>Larger text</source>
        <translation>Letra más grande</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>Dejar de leer en voz alta</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Digits typed: %1</source>
        <translation>Dígitos escritos: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>No one has checked in today yet.</source>
        <translation>Nadie se ha registrado hoy todavía.</translation>
    </message>
    <message>
        <source>URGENT</source>
        <translation>URGENTE</translation>
    </message>
    <message>
        <source>needs help moving</source>
        <translation>necesita ayuda para moverse</translation>
    </message>
    <message>
        <source>%1 · arrived %2 · waited %3 min · %4</source>
        <translation>%1 · llegó a las %2 · esperó %3 min · %4</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Llamado</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Atendido</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Esperando</translation>
    </message>
    <message>
        <source>Export to a CSV file</source>
        <translation>Exportar a un archivo CSV</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>One day earlier</source>
        <translation>Un día antes</translation>
    </message>
    <message>
        <source>One day later</source>
        <translation>Un día después</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Find USB</source>
        <translation>Buscar USB</translation>
    </message>
    <message>
        <source>Delete all check-ins now</source>
        <translation>Borrar ahora todos los registros</translation>
    </message>
</context>
<context>
    <name>ReasonStep</name>
    <message>
        <source>Why are you here today?</source>
        <translation>¿Por qué viene hoy?</translation>
    </message>
    <message>
        <source>Choose one or more.</source>
        <translation>Elija uno o más.</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <source>Please check your answers. Tap a line to change it.</source>
        <translation>Revise sus respuestas. Toque una línea para cambiarla.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>The clinic</source>
        <translation>La clínica</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Logo: %1</source>
        <translation>Logotipo: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Elegir un logotipo</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Colour of the bar and buttons</source>
        <translation>Color de la barra y los botones</translation>
    </message>
    <message>
        <source>Colour %1, contrast %2</source>
        <translation>Color %1, contraste %2</translation>
    </message>
    <message>
        <source>The slides</source>
        <translation>Las diapositivas</translation>
    </message>
    <message>
        <source>Time on screen</source>
        <translation>Tiempo en pantalla</translation>
    </message>
    <message>
        <source>Fade</source>
        <translation>Fundido</translation>
    </message>
    <message>
        <source>Slide across</source>
        <translation>Deslizar</translation>
    </message>
    <message>
        <source>Languages offered to patients</source>
        <translation>Idiomas para los pacientes</translation>
    </message>
    <message>
        <source>The clinic&apos;s own:</source>
        <translation>El de la clínica:</translation>
    </message>
    <message>
        <source>The check-in</source>
        <translation>El registro</translation>
    </message>
    <message>
        <source>Ask &quot;Still there?&quot; after</source>
        <translation>Preguntar &quot;¿Sigue ahí?&quot; después de</translation>
    </message>
    <message>
        <source>Ask for a mobile number</source>
        <translation>Pedir un número de celular</translation>
    </message>
    <message>
        <source>Chime at the desk</source>
        <translation>Timbre en la recepción</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Keep check-ins for</source>
        <translation>Guardar los registros durante</translation>
    </message>
    <message>
        <source>The screen</source>
        <translation>La pantalla</translation>
    </message>
    <message>
        <source>Dim the screen when the clinic is closed</source>
        <translation>Oscurecer la pantalla cuando la clínica está cerrada</translation>
    </message>
    <message>
        <source>Dim from</source>
        <translation>Oscurecer desde</translation>
    </message>
    <message>
        <source>Wake at</source>
        <translation>Encender a las</translation>
    </message>
    <message>
        <source>The kiosk</source>
        <translation>El quiosco</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translation>Salir al escritorio</translation>
    </message>
    <message>
        <source>Look for USB again</source>
        <translation>Buscar USB otra vez</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
</context>
<context>
    <name>SlideDraft</name>
    <message>
        <source>reading ease %1 (Fernández-Huerta; 70 or more reads well)</source>
        <translation>facilidad de lectura %1 (Fernández-Huerta; 70 o más se lee bien)</translation>
    </message>
    <message>
        <source>reading grade %1 (7 or below reads well)</source>
        <translation>nivel de lectura %1 (7 o menos se lee bien)</translation>
    </message>
</context>
<context>
    <name>SlideEditor</name>
    <message>
        <source>Preview at the kiosk&apos;s size (%1 × %2)</source>
        <translation>Vista previa al tamaño del quiosco (%1 × %2)</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 palabras</translation>
    </message>
    <message>
        <source>%1 s on screen</source>
        <translation>%1 s en pantalla</translation>
    </message>
    <message>
        <source>Add this slide</source>
        <translation>Añadir esta diapositiva</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Words in</source>
        <translation>Texto en</translation>
    </message>
    <message>
        <source>%1 (not written yet)</source>
        <translation>%1 (todavía sin texto)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <source>Picture beside</source>
        <translation>Imagen al lado</translation>
    </message>
    <message>
        <source>Large picture</source>
        <translation>Imagen grande</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>Llamada a la acción</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Sin imagen</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Elegir una imagen</translation>
    </message>
    <message>
        <source>Time on screen</source>
        <translation>Tiempo en pantalla</translation>
    </message>
    <message>
        <source>Auto (reading time)</source>
        <translation>Automático (tiempo de lectura)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Dom</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>QR code link (optional)</source>
        <translation>Enlace del código QR (opcional)</translation>
    </message>
    <message>
        <source>Words under the QR code</source>
        <translation>Texto bajo el código QR</translation>
    </message>
    <message>
        <source>Source of the facts</source>
        <translation>Fuente de la información</translation>
    </message>
    <message>
        <source>Last reviewed: %1</source>
        <translation>Última revisión: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Reviewed today</source>
        <translation>Revisada hoy</translation>
    </message>
    <message>
        <source>Look for USB again</source>
        <translation>Buscar USB otra vez</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
</context>
<context>
    <name>SlidesPage</name>
    <message>
        <source>Today: </source>
        <translation>Hoy: </translation>
    </message>
    <message>
        <source>Not playing now: </source>
        <translation>No se muestra ahora: </translation>
    </message>
    <message>
        <source>Not written yet in: %1</source>
        <translation>Todavía sin texto en: %1</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer el borrado</translation>
    </message>
    <message>
        <source>Add a slide</source>
        <translation>Añadir una diapositiva</translation>
    </message>
    <message>
        <source>Picture beside text</source>
        <translation>Imagen junto al texto</translation>
    </message>
    <message>
        <source>Large picture</source>
        <translation>Imagen grande</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>Llamada a la acción</translation>
    </message>
    <message>
        <source>Playing now: the %1 slides.</source>
        <translation>Se muestran ahora: las diapositivas %1.</translation>
    </message>
    <message>
        <source>Restore the built-in slides</source>
        <translation>Volver a las diapositivas de fábrica</translation>
    </message>
</context>
<context>
    <name>StaffCreateAccount</name>
    <message>
        <source>Create the first staff account</source>
        <translation>Crear la primera cuenta del personal</translation>
    </message>
    <message>
        <source>Choose a PIN of 6 to 12 digits</source>
        <translation>Elija un PIN de 6 a 12 dígitos</translation>
    </message>
    <message>
        <source>Type the same PIN again</source>
        <translation>Escriba el mismo PIN otra vez</translation>
    </message>
    <message>
        <source>Each member of staff signs in with their own name and PIN, so that every change is known by who made it. Type your name.</source>
        <translation>Cada persona del personal entra con su propio nombre y PIN, para saber quién hizo cada cambio. Escriba su nombre.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>StaffHome</name>
    <message>
        <source>Signed in to staff mode as %1</source>
        <translation>En el modo del personal como %1</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Diapositivas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de cambios</translation>
    </message>
    <message>
        <source>Back to slides</source>
        <translation>Volver a las diapositivas</translation>
    </message>
    <message>
        <source>Delete the names, dates of birth, reasons and phone numbers of every check-in now? Ticket numbers and times are kept for counts. This cannot be undone.</source>
        <translation>¿Borrar ahora los nombres, fechas de nacimiento, motivos y teléfonos de todos los registros? Los números de turno y las horas se guardan para los recuentos. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Conservarlos</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Play the built-in slides again instead of the clinic&apos;s own? The clinic&apos;s slides are kept aside in the kiosk&apos;s data folder, where IT can bring them back.</source>
        <translation>¿Volver a mostrar las diapositivas de fábrica en lugar de las de la clínica? Las de la clínica se guardan aparte en la carpeta de datos del quiosco, donde el equipo de informática puede recuperarlas.</translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation>Conservar las nuestras</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Close the kiosk and show the desktop? Patients cannot check in until it is started again.</source>
        <translation>¿Cerrar el quiosco y mostrar el escritorio? Los pacientes no podrán registrarse hasta que se vuelva a abrir.</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Quedarse</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translation>Salir al escritorio</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Staff mode</source>
        <translation>Modo del personal</translation>
    </message>
</context>
<context>
    <name>StaffSignIn</name>
    <message>
        <source>Staff sign-in</source>
        <translation>Entrada del personal</translation>
    </message>
    <message>
        <source>Tap your name, then type your PIN.</source>
        <translation>Toque su nombre y escriba su PIN.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Sign-in is locked for 1 more second.</source>
        <translation>Demasiados PIN incorrectos. La entrada está bloqueada 1 segundo más.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Sign-in is locked for %1 more seconds.</source>
        <translation>Demasiados PIN incorrectos. La entrada está bloqueada %1 segundos más.</translation>
    </message>
    <message>
        <source>Back to slides</source>
        <translation>Volver a las diapositivas</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>Less: %1</source>
        <translation>Menos: %1</translation>
    </message>
    <message>
        <source>More: %1</source>
        <translation>Más: %1</translation>
    </message>
</context>
<context>
    <name>StillThere</name>
    <message>
        <source>Still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <source>This check-in will close in 1 second and your answers will be cleared.</source>
        <translation>Este registro se cerrará en 1 segundo y se borrarán sus respuestas.</translation>
    </message>
    <message>
        <source>This check-in will close in %1 seconds and your answers will be cleared.</source>
        <translation>Este registro se cerrará en %1 segundos y se borrarán sus respuestas.</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Sigo aquí</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today %1 of %2 slides play.</source>
        <translation>Hoy se muestran %1 de %2 diapositivas.</translation>
    </message>
</context>
<context>
    <name>UrgentStep</name>
    <message>
        <source>Do you have an open wound, spreading redness, fever or sudden swelling?</source>
        <translation>¿Tiene una herida abierta, enrojecimiento que se extiende, fiebre o hinchazón repentina?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
</TS>
