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
        <source>Appointment today</source>
        <translation>Cita hoy</translation>
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
    <message>
        <source>the file is %1 bytes; a deck may be at most %2</source>
        <translation>el archivo tiene %1 bytes; un archivo de diapositivas puede tener como máximo %2</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>the file could not be read (%1)</source>
        <translation>no se pudo leer el archivo (%1)</translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes</source>
        <translation>el archivo tiene más de %1 bytes</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (bad byte at position %1)</source>
        <translation>el archivo no es texto UTF-8 (byte incorrecto en la posición %1)</translation>
    </message>
    <message>
        <source>the file contains a NUL character; it is not a text file</source>
        <translation>el archivo contiene un carácter NUL; no es un archivo de texto</translation>
    </message>
    <message>
        <source>the file is not valid TOML: %1</source>
        <translation>el archivo no es TOML válido: %1</translation>
    </message>
    <message>
        <source>the file nests tables or lists too deeply to be read</source>
        <translation>el archivo anida tablas o listas a demasiada profundidad para poder leerlo</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>debe ser %1</translation>
    </message>
    <message>
        <source>must be a short language code such as &apos;en&apos; or &apos;es&apos;</source>
        <translation>debe ser un código de idioma corto, como &apos;en&apos; o &apos;es&apos;</translation>
    </message>
    <message>
        <source>needs at least one [[slides]] entry</source>
        <translation>necesita al menos una entrada [[slides]]</translation>
    </message>
    <message>
        <source>has %1 slides; at most %2 are allowed</source>
        <translation>tiene %1 diapositivas; se permiten %2 como máximo</translation>
    </message>
    <message>
        <source>another slide already uses this id</source>
        <translation>otra diapositiva ya usa este id</translation>
    </message>
    <message>
        <source>the picture &apos;%1&apos; is left out: %2</source>
        <translation>la imagen &apos;%1&apos; se deja fuera: %2</translation>
    </message>
    <message>
        <source>the picture &apos;%1&apos; was not found; the slide shows without it</source>
        <translation>no se encontró la imagen &apos;%1&apos;; la diapositiva se muestra sin ella</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (known fields: %2)</source>
        <translation>campo desconocido &apos;%1&apos; (campos conocidos: %2)</translation>
    </message>
    <message>
        <source>must be a table of fields</source>
        <translation>debe ser una tabla de campos</translation>
    </message>
    <message>
        <source>must be 1 to 40 lower-case letters, digits or hyphens, starting with a letter or digit</source>
        <translation>debe tener de 1 a 40 letras minúsculas, dígitos o guiones, y empezar con una letra o un dígito</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>debe ser uno de: %1</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>has %1 words; at most %2 fit</source>
        <translation>tiene %1 palabras; caben %2 como máximo</translation>
    </message>
    <message>
        <source>has %1 words; about %2 read well from across a room</source>
        <translation>tiene %1 palabras; unas %2 se leen bien desde el otro lado de la sala</translation>
    </message>
    <message>
        <source>must be tables such as [slides.translations.es] with title = &quot;...&quot;</source>
        <translation>debe ser tablas como [slides.translations.es] con title = &quot;...&quot;</translation>
    </message>
    <message>
        <source>must be named by a short language code such as &apos;es&apos;</source>
        <translation>debe llevar como nombre un código de idioma corto, como &apos;es&apos;</translation>
    </message>
    <message>
        <source>is the deck&apos;s own language; its text is the slide&apos;s own fields</source>
        <translation>es el idioma propio de las diapositivas; su texto son los campos de la propia diapositiva</translation>
    </message>
    <message>
        <source>must be a table with title = &quot;...&quot; and body = &quot;...&quot;</source>
        <translation>debe ser una tabla con title = &quot;...&quot; y body = &quot;...&quot;</translation>
    </message>
    <message>
        <source>must be text in quotes</source>
        <translation>debe ser texto entre comillas</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>contains invisible or control characters (%1)</source>
        <translation>contiene caracteres invisibles o de control (%1)</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 fit</source>
        <translation>tiene %1 caracteres; caben %2 como máximo</translation>
    </message>
    <message>
        <source>must be a file name in quotes</source>
        <translation>debe ser un nombre de archivo entre comillas</translation>
    </message>
    <message>
        <source>must be a file inside the deck&apos;s folder, such as &apos;illustrations/heel.svg&apos;</source>
        <translation>debe ser un archivo dentro de la carpeta de las diapositivas, como &apos;illustrations/heel.svg&apos;</translation>
    </message>
    <message>
        <source>must be one of these picture types: %1</source>
        <translation>debe ser uno de estos tipos de imagen: %1</translation>
    </message>
    <message>
        <source>must be &quot;auto&quot; or a number of seconds</source>
        <translation>debe ser &quot;auto&quot; o un número de segundos</translation>
    </message>
    <message>
        <source>must be between %1 and %2 seconds</source>
        <translation>debe estar entre %1 y %2 segundos</translation>
    </message>
    <message>
        <source>must be a table such as schedule = { weekdays = [&quot;mon&quot;] }</source>
        <translation>debe ser una tabla como schedule = { weekdays = [&quot;mon&quot;] }</translation>
    </message>
    <message>
        <source>must list days from: %1</source>
        <translation>debe indicar días de entre: %1</translation>
    </message>
    <message>
        <source>must look like &quot;08:00-17:30&quot;</source>
        <translation>debe tener la forma &quot;08:00-17:30&quot;</translation>
    </message>
    <message>
        <source>the start date is after the end date</source>
        <translation>la fecha de inicio es posterior a la fecha de fin</translation>
    </message>
    <message>
        <source>must be a date such as 2026-03-09, without a time</source>
        <translation>debe ser una fecha como 2026-03-09, sin hora</translation>
    </message>
    <message>
        <source>must be a date such as 2026-03-09</source>
        <translation>debe ser una fecha como 2026-03-09</translation>
    </message>
    <message>
        <source>must be a table such as qr = { url = &quot;https://...&quot;, caption = &quot;...&quot; }</source>
        <translation>debe ser una tabla como qr = { url = &quot;https://...&quot;, caption = &quot;...&quot; }</translation>
    </message>
    <message>
        <source>must be a web address starting with https:// (at most %1 characters)</source>
        <translation>debe ser una dirección web que empiece por https:// (como máximo %1 caracteres)</translation>
    </message>
    <message>
        <source>%1 is not a picture the kiosk uses: choose a PNG, JPEG or SVG file.</source>
        <translation>%1 no es una imagen que use el quiosco: elija un archivo PNG, JPEG o SVG.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2).</source>
        <translation>No se pudo leer %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is %2 MB; pictures of up to %3 MB can be imported.</source>
        <translation>%1 tiene %2 MB; se pueden importar imágenes de hasta %3 MB.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <source>%1 is not a %2 picture inside; it is left out</source>
        <translation>%1 no es por dentro una imagen %2; se deja fuera</translation>
    </message>
    <message>
        <source>%1 is not an SVG drawing inside; it is left out</source>
        <translation>%1 no es por dentro un dibujo SVG; se deja fuera</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>apagada</translation>
    </message>
    <message>
        <source>starts on %1</source>
        <translation>empieza el %1</translation>
    </message>
    <message>
        <source>expired: it ended on %1</source>
        <translation>vencida: terminó el %1</translation>
    </message>
    <message>
        <source>plays on %1 only</source>
        <translation>se muestra solo: %1</translation>
    </message>
    <message>
        <source>illustration missing (%1); it shows without it</source>
        <translation>falta la ilustración (%1); se muestra sin ella</translation>
    </message>
    <message>
        <source>review overdue: last reviewed on %1</source>
        <translation>revisión pendiente: se revisó por última vez el %1</translation>
    </message>
    <message>
        <source>outside its hours now (%1)</source>
        <translation>fuera de su horario ahora (%1)</translation>
    </message>
    <message>
        <source>plays %1</source>
        <translation>se muestra de %1</translation>
    </message>
    <message>
        <source>plays all day</source>
        <translation>se muestra todo el día</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta el %1</translation>
    </message>
    <message>
        <source>always</source>
        <translation>siempre</translation>
    </message>
    <message>
        <source>the defaults are used</source>
        <translation>se usan los valores predeterminados</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 es demasiado grande</translation>
    </message>
    <message>
        <source>%1 nests tables or lists too deeply</source>
        <translation>%1 anida tablas o listas a demasiada profundidad</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (bad byte at position %2)</source>
        <translation>%1 no es texto UTF-8 (byte incorrecto en la posición %2)</translation>
    </message>
    <message>
        <source>%1 could not be read (%2)</source>
        <translation>no se pudo leer %1 (%2)</translation>
    </message>
    <message>
        <source>%1 holds no settings</source>
        <translation>%1 no tiene ninguna configuración</translation>
    </message>
    <message>
        <source>unknown section [%1] is ignored</source>
        <translation>se ignora la sección desconocida [%1]</translation>
    </message>
    <message>
        <source>[clinic] must be a table</source>
        <translation>[clinic] debe ser una tabla</translation>
    </message>
    <message>
        <source>[slideshow] must be a table</source>
        <translation>[slideshow] debe ser una tabla</translation>
    </message>
    <message>
        <source>clinic.%1 must be text of at most %2 characters</source>
        <translation>clinic.%1 debe ser un texto de %2 caracteres como máximo</translation>
    </message>
    <message>
        <source>unknown setting clinic.%1 is ignored</source>
        <translation>se ignora la opción desconocida clinic.%1</translation>
    </message>
    <message>
        <source>slideshow.transition must be &quot;crossfade&quot; or &quot;slide&quot;</source>
        <translation>slideshow.transition debe ser &quot;crossfade&quot; o &quot;slide&quot;</translation>
    </message>
    <message>
        <source>slideshow.rotation_speed must be a number from 0.25 to 4</source>
        <translation>slideshow.rotation_speed debe ser un número de 0.25 a 4</translation>
    </message>
    <message>
        <source>unknown setting slideshow.%1 is ignored</source>
        <translation>se ignora la opción desconocida slideshow.%1</translation>
    </message>
    <message>
        <source>[checkin] must be a table</source>
        <translation>[checkin] debe ser una tabla</translation>
    </message>
    <message>
        <source>[display] must be a table</source>
        <translation>[display] debe ser una tabla</translation>
    </message>
    <message>
        <source>[staff] must be a table</source>
        <translation>[staff] debe ser una tabla</translation>
    </message>
    <message>
        <source>unknown setting staff.%1 is ignored</source>
        <translation>se ignora la opción desconocida staff.%1</translation>
    </message>
    <message>
        <source>staff.pin_digits must be a whole number from %1 to %2</source>
        <translation>staff.pin_digits debe ser un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>checkin.%1 must be true or false</source>
        <translation>checkin.%1 debe ser true o false</translation>
    </message>
    <message>
        <source>checkin.region must be a two-letter country code such as &quot;US&quot;</source>
        <translation>checkin.region debe ser un código de país de dos letras, como &quot;US&quot;</translation>
    </message>
    <message>
        <source>checkin.open_hours must look like &quot;mon-fri 08:00-17:00; sat 09:00-12:00&quot;, or be empty</source>
        <translation>checkin.open_hours debe tener la forma &quot;mon-fri 08:00-17:00; sat 09:00-12:00&quot; o estar vacío</translation>
    </message>
    <message>
        <source>checkin.%1 must be a whole number from %2 to %3</source>
        <translation>checkin.%1 debe ser un número entero de %2 a %3</translation>
    </message>
    <message>
        <source>unknown setting checkin.%1 is ignored</source>
        <translation>se ignora la opción desconocida checkin.%1</translation>
    </message>
    <message>
        <source>unknown setting display.%1 is ignored</source>
        <translation>se ignora la opción desconocida display.%1</translation>
    </message>
    <message>
        <source>display.sleep_hours must look like &quot;19:00-07:00&quot;, or be empty</source>
        <translation>display.sleep_hours debe tener la forma &quot;19:00-07:00&quot; o estar vacío</translation>
    </message>
    <message>
        <source>clinic.languages must list language codes, the clinic&apos;s own first: [&quot;en&quot;, &quot;es&quot;]</source>
        <translation>clinic.languages debe indicar códigos de idioma, el de la clínica primero: [&quot;en&quot;, &quot;es&quot;]</translation>
    </message>
    <message>
        <source>clinic.accent_colour must look like &quot;#0b5560&quot;</source>
        <translation>clinic.accent_colour debe tener la forma &quot;#0b5560&quot;</translation>
    </message>
    <message>
        <source>clinic.accent_colour %1 gives white text a contrast of only %2:1 (at least %3:1 is needed); the default colour is used</source>
        <translation>clinic.accent_colour %1 da al texto blanco un contraste de solo %2:1 (se necesita al menos %3:1); se usa el color predeterminado</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>%1 has problems; the last good settings are used</source>
        <translation>%1 tiene problemas; se usa la última configuración correcta</translation>
    </message>
    <message>
        <source>Please type a name.</source>
        <translation>Escriba un nombre.</translation>
    </message>
    <message>
        <source>A name can have at most %1 characters.</source>
        <translation>Un nombre puede tener %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>The name has a character that cannot be shown. Please retype it.</source>
        <translation>El nombre tiene un carácter que no se puede mostrar. Escríbalo otra vez.</translation>
    </message>
    <message>
        <source>A name needs letters (a PIN is never a name).</source>
        <translation>Un nombre necesita letras (un PIN nunca es un nombre).</translation>
    </message>
    <message>
        <source>A name is written in one alphabet. Please retype it.</source>
        <translation>Un nombre se escribe en un solo alfabeto. Vuelva a escribirlo.</translation>
    </message>
    <message>
        <source>A PIN has digits only.</source>
        <translation>Un PIN tiene solo dígitos.</translation>
    </message>
    <message>
        <source>A PIN has %1 to %2 digits.</source>
        <translation>Un PIN tiene de %1 a %2 dígitos.</translation>
    </message>
    <message>
        <source>That PIN is too easy to guess (a repeated digit or a run).</source>
        <translation>Ese PIN es demasiado fácil de adivinar (un dígito repetido o una serie).</translation>
    </message>
    <message>
        <source>There is no account named %1.</source>
        <translation>No hay ninguna cuenta con el nombre %1.</translation>
    </message>
    <message>
        <source>There is already an account named %1.</source>
        <translation>Ya hay una cuenta con el nombre %1.</translation>
    </message>
    <message>
        <source>This kiosk already has a staff account that can sign in.</source>
        <translation>Este quiosco ya tiene una cuenta de personal que puede iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 is not a drawing the kiosk can show.</source>
        <translation>%1 no es un dibujo que el quiosco pueda mostrar.</translation>
    </message>
    <message>
        <source>%1 is not a picture the kiosk can read.</source>
        <translation>%1 no es una imagen que el quiosco pueda leer.</translation>
    </message>
    <message>
        <source>%1 is %2 by %3 pixels; please use a picture under 100 megapixels.</source>
        <translation>%1 mide %2 por %3 píxeles; use una imagen de menos de 100 megapíxeles.</translation>
    </message>
    <message>
        <source>%1 could not be converted.</source>
        <translation>No se pudo convertir %1.</translation>
    </message>
    <message>
        <source>%1 could not be copied (%2). Check the USB drive and that the kiosk has room, then try again.</source>
        <translation>No se pudo copiar %1 (%2). Revise la memoria USB y que el quiosco tenga espacio, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 could not be brought in.</source>
        <translation>No se pudo traer %1.</translation>
    </message>
    <message>
        <source>This kiosk&apos;s export folder</source>
        <translation>La carpeta de exportación de este quiosco</translation>
    </message>
    <message>
        <source>This computer&apos;s export folder</source>
        <translation>La carpeta de exportación de esta computadora</translation>
    </message>
    <message>
        <source>USB drive %1</source>
        <translation>Memoria USB %1</translation>
    </message>
    <message>
        <source>not copied: %1</source>
        <translation>no se copió: %1</translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation>una tubería (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>%1 is %2, not a file the kiosk can read</source>
        <translation>%1 es %2, no un archivo que el quiosco pueda leer</translation>
    </message>
    <message>
        <source>%1 is a link to a file outside its folder; it is not read</source>
        <translation>%1 es un enlace a un archivo fuera de su carpeta; no se lee</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes; it is not read</source>
        <translation>%1 ocupa más de %2 bytes; no se lee</translation>
    </message>
    <message>
        <source>not in touch with the server yet</source>
        <translation>todavía sin contacto con el servidor</translation>
    </message>
    <message>
        <source>this kiosk&apos;s own store cannot be read</source>
        <translation>no se puede leer el almacén propio de este quiosco</translation>
    </message>
    <message>
        <source>this kiosk met a fault (its log says which)</source>
        <translation>este quiosco tuvo un fallo (su registro dice cuál)</translation>
    </message>
    <message>
        <source>the server refused check-in %1 (%2); it is kept here and tried again</source>
        <translation>el servidor rechazó el registro %1 (%2); se guarda aquí y se vuelve a intentar</translation>
    </message>
    <message>
        <source>the server refused %1 check-ins, the first %2 (%3); they are kept here and tried again</source>
        <translation>el servidor rechazó %1 registros, el primero %2 (%3); se guardan aquí y se vuelven a intentar</translation>
    </message>
    <message>
        <source>the server refused this kiosk&apos;s role (run kiosk clinic init again)</source>
        <translation>el servidor rechazó el rol de este quiosco (ejecute kiosk clinic init otra vez)</translation>
    </message>
    <message>
        <source>the server does not know this kiosk&apos;s letter (run kiosk clinic join again)</source>
        <translation>el servidor no conoce la letra de este quiosco (ejecute kiosk clinic join otra vez)</translation>
    </message>
    <message>
        <source>the server&apos;s schema is not set up (run kiosk clinic init)</source>
        <translation>el esquema del servidor no está preparado (ejecute kiosk clinic init)</translation>
    </message>
    <message>
        <source>it is larger than the server takes</source>
        <translation>es más grande de lo que acepta el servidor</translation>
    </message>
    <message>
        <source>the server could not take one of its values</source>
        <translation>el servidor no pudo aceptar uno de sus valores</translation>
    </message>
    <message>
        <source>the server refused this kiosk&apos;s password</source>
        <translation>el servidor rechazó la contraseña de este quiosco</translation>
    </message>
    <message>
        <source>the server does not offer TLS, which this kiosk requires</source>
        <translation>el servidor no ofrece TLS, que este quiosco exige</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate could not be verified</source>
        <translation>no se pudo verificar el certificado TLS del servidor</translation>
    </message>
    <message>
        <source>the server cannot be reached</source>
        <translation>no se puede contactar con el servidor</translation>
    </message>
    <message>
        <source>this kiosk&apos;s password file cannot be read</source>
        <translation>no se puede leer el archivo de contraseña de este quiosco</translation>
    </message>
    <message>
        <source>the server refused what this kiosk sent or asked</source>
        <translation>el servidor rechazó lo que este quiosco envió o pidió</translation>
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
    <name>AccentRow</name>
    <message>
        <source>Tap for an accent:</source>
        <translation>Toque para el acento:</translation>
    </message>
    <message>
        <source>For an accent (á, é, ñ), type the letter, then tap it here.</source>
        <translation>Para un acento (á, é, ü), escriba la letra y tóquela aquí.</translation>
    </message>
</context>
<context>
    <name>AccountSheet</name>
    <message>
        <source>A new staff account</source>
        <translation>Una cuenta de personal nueva</translation>
    </message>
    <message>
        <source>Choose a PIN of 6 to 12 digits for %1</source>
        <translation>Elija un PIN de 6 a 12 dígitos para %1</translation>
    </message>
    <message>
        <source>Type the same PIN again</source>
        <translation>Escriba el mismo PIN otra vez</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>AppointmentStep</name>
    <message>
        <source>Do you have an appointment today?</source>
        <translation>¿Tiene una cita hoy?</translation>
    </message>
</context>
<context>
    <name>AuditList</name>
    <message>
        <source>signed in</source>
        <translation>entró</translation>
    </message>
    <message>
        <source>wrong PIN</source>
        <translation>PIN incorrecto</translation>
    </message>
    <message>
        <source>sign-in refused during a lock-out</source>
        <translation>entrada rechazada durante un bloqueo</translation>
    </message>
    <message>
        <source>locked out</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>salió</translation>
    </message>
    <message>
        <source>locked when idle</source>
        <translation>bloqueado por inactividad</translation>
    </message>
    <message>
        <source>account created</source>
        <translation>cuenta creada</translation>
    </message>
    <message>
        <source>account removed</source>
        <translation>cuenta eliminada</translation>
    </message>
    <message>
        <source>account switched off</source>
        <translation>cuenta desactivada</translation>
    </message>
    <message>
        <source>account switched on</source>
        <translation>cuenta activada</translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation>PIN cambiado</translation>
    </message>
    <message>
        <source>set-up code printed</source>
        <translation>código de configuración impreso</translation>
    </message>
    <message>
        <source>set-up code refused</source>
        <translation>código de configuración rechazado</translation>
    </message>
    <message>
        <source>set-up code used</source>
        <translation>código de configuración usado</translation>
    </message>
    <message>
        <source>check-in marked</source>
        <translation>registro marcado</translation>
    </message>
    <message>
        <source>check-ins exported</source>
        <translation>registros exportados</translation>
    </message>
    <message>
        <source>check-ins deleted</source>
        <translation>registros borrados</translation>
    </message>
    <message>
        <source>check-ins erased after retention</source>
        <translation>registros borrados al terminar su plazo</translation>
    </message>
    <message>
        <source>deck changed</source>
        <translation>diapositivas cambiadas</translation>
    </message>
    <message>
        <source>built-in deck restored</source>
        <translation>diapositivas de fábrica restauradas</translation>
    </message>
    <message>
        <source>deck imported</source>
        <translation>diapositivas importadas</translation>
    </message>
    <message>
        <source>deck exported</source>
        <translation>diapositivas exportadas</translation>
    </message>
    <message>
        <source>settings changed</source>
        <translation>configuración cambiada</translation>
    </message>
    <message>
        <source>exited to the desktop</source>
        <translation>salió al escritorio</translation>
    </message>
    <message>
        <source>audit log restored from a backup</source>
        <translation>registro de auditoría restaurado de una copia</translation>
    </message>
    <message>
        <source>clinic key made</source>
        <translation>clave de la clínica creada</translation>
    </message>
    <message>
        <source>recovery code written down</source>
        <translation>código de recuperación anotado</translation>
    </message>
    <message>
        <source>clinic key rotated</source>
        <translation>clave de la clínica renovada</translation>
    </message>
    <message>
        <source>machine enrolled to hand check-ins on</source>
        <translation>equipo inscrito para enviar los registros al sistema de la clínica</translation>
    </message>
    <message>
        <source>check-ins opened with the recovery code</source>
        <translation>registros abiertos con el código de recuperación</translation>
    </message>
    <message>
        <source>urgent check-in acknowledged</source>
        <translation>registro urgente atendido por la recepción</translation>
    </message>
    <message>
        <source>The audit log cannot be read right now.</source>
        <translation>No se puede leer el registro de auditoría en este momento.</translation>
    </message>
    <message>
        <source>Checked: no entry has been edited or removed.</source>
        <translation>Comprobado: ninguna entrada se ha modificado ni quitado.</translation>
    </message>
    <message>
        <source>Warning: %1.</source>
        <translation>Advertencia: %1.</translation>
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
    <name>CallBanner</name>
    <message>
        <source>%1, please come to the front desk</source>
        <translation>%1, por favor, acérquese a la recepción</translation>
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
        <source>We keep your name, date of birth, mobile number, reasons for your visit and your other answers on this kiosk and the clinic&apos;s server so that the front desk can see you in.</source>
        <translation>Guardamos su nombre, fecha de nacimiento, número de celular, motivos de su visita y sus demás respuestas en esta pantalla y en el servidor de la clínica para que la recepción pueda atenderle.</translation>
    </message>
    <message>
        <source>We keep your name, date of birth, reasons for your visit and your other answers on this kiosk and the clinic&apos;s server so that the front desk can see you in.</source>
        <translation>Guardamos su nombre, fecha de nacimiento, motivos de su visita y sus demás respuestas en esta pantalla y en el servidor de la clínica para que la recepción pueda atenderle.</translation>
    </message>
    <message>
        <source>We keep your name, date of birth, mobile number, reasons for your visit and your other answers on this kiosk so that the front desk can see you in.</source>
        <translation>Guardamos su nombre, fecha de nacimiento, número de celular, motivos de su visita y sus demás respuestas en esta pantalla para que la recepción pueda atenderle.</translation>
    </message>
    <message>
        <source>We keep your name, date of birth, reasons for your visit and your other answers on this kiosk so that the front desk can see you in.</source>
        <translation>Guardamos su nombre, fecha de nacimiento, motivos de su visita y sus demás respuestas en esta pantalla para que la recepción pueda atenderle.</translation>
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
    <name>CheckInHours</name>
    <message>
        <source>Check-in is closed</source>
        <translation>El registro está cerrado</translation>
    </message>
    <message>
        <source>Check-in opens today at %1</source>
        <translation>El registro abre hoy a las %1</translation>
    </message>
    <message>
        <source>Check-in opens tomorrow at %1</source>
        <translation>El registro abre mañana a las %1</translation>
    </message>
    <message>
        <source>Check-in opens on %1 at %2</source>
        <translation>El registro abre el %1 a las %2</translation>
    </message>
</context>
<context>
    <name>CheckInQueue</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
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
        <source>Sent to the practice system</source>
        <translation>Enviado al sistema de la clínica</translation>
    </message>
    <message>
        <source>Not yet sent to the practice system</source>
        <translation>Aún no enviado al sistema de la clínica</translation>
    </message>
    <message>
        <source>Not yet sent: the practice system does not answer; tried again</source>
        <translation>Aún no enviado: el sistema de la clínica no responde; se vuelve a intentar</translation>
    </message>
    <message>
        <source>REFUSED by the practice system</source>
        <translation>RECHAZADO por el sistema de la clínica</translation>
    </message>
    <message>
        <source>NOT SENT to the practice system: enter it there by hand</source>
        <translation>NO ENVIADO al sistema de la clínica: ingréselo allí a mano</translation>
    </message>
    <message>
        <source>Entered in the practice system by hand</source>
        <translation>Ingresado a mano en el sistema de la clínica</translation>
    </message>
    <message>
        <source>Details sealed</source>
        <translation>Datos sellados</translation>
    </message>
    <message>
        <source>Cannot be opened: altered or damaged</source>
        <translation>No se puede abrir: alterado o dañado</translation>
    </message>
    <message>
        <source>Sealed for a key not held here</source>
        <translation>Sellado con una clave que aquí no se guarda</translation>
    </message>
    <message>
        <source>The check-ins cannot be read right now.</source>
        <translation>No se pueden leer los registros en este momento.</translation>
    </message>
    <message>
        <source>Your account cannot open the check-ins&apos; details yet. They open once a colleague who can signs in here.</source>
        <translation>Su cuenta aún no puede abrir los datos de los registros. Se abrirán cuando un compañero que pueda hacerlo inicie sesión aquí.</translation>
    </message>
    <message>
        <source>That change could not be saved. Please try again.</source>
        <translation>No se pudo guardar ese cambio. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 was changed meanwhile (now %2), so nothing was taken back.</source>
        <translation>%1 cambió mientras tanto (ahora: %2), así que no se deshizo nada.</translation>
    </message>
    <message>
        <source>The check-ins could not be written to %1. Check that the drive is plugged in, has room and is not locked, then try again.</source>
        <translation>No se pudieron guardar los registros en %1. Revise que la memoria esté conectada, tenga espacio y no esté bloqueada, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>1 check-in written to %1: %2</source>
        <translation>1 registro guardado en %1: %2</translation>
    </message>
    <message>
        <source>%1 check-ins written to %2: %3</source>
        <translation>%1 registros guardados en %2: %3</translation>
    </message>
    <message>
        <source>%1 sealed check-in(s) could not be opened and were left out.</source>
        <translation>No se pudieron abrir %1 registros sellados y se dejaron fuera.</translation>
    </message>
    <message>
        <source>The check-ins could not be deleted. Please try again.</source>
        <translation>No se pudieron borrar los registros. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The details of 1 check-in were deleted.</source>
        <translation>Se borraron los datos de 1 registro.</translation>
    </message>
    <message>
        <source>The details of %1 check-ins were deleted.</source>
        <translation>Se borraron los datos de %1 registros.</translation>
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
    <name>ClinicLine</name>
    <message>
        <source>Kiosk %1 of the clinic: every check-in is sent.</source>
        <translation>Quiosco %1 de la clínica: todos los registros están enviados.</translation>
    </message>
    <message>
        <source>Kiosk %1 of the clinic: sending %2 check-ins.</source>
        <translation>Quiosco %1 de la clínica: enviando %2 registros.</translation>
    </message>
    <message>
        <source>Kiosk %1 of the clinic: %2 check-ins wait here to be sent: %3.</source>
        <translation>Quiosco %1 de la clínica: %2 registros esperan aquí para enviarse: %3.</translation>
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
    <name>DayFigures</name>
    <message>
        <source>%1, ticket %2</source>
        <translation>%1, turno %2</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Registrados</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>Esperando ahora</translation>
    </message>
    <message>
        <source>Called, not yet seen</source>
        <translation>Llamados, aún sin atender</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Atendidos</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No se presentaron</translation>
    </message>
    <message>
        <source>Median wait</source>
        <translation>Espera mediana</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Espera más larga</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>DeckEditor</name>
    <message>
        <source>picture beside text</source>
        <translation>imagen junto al texto</translation>
    </message>
    <message>
        <source>large picture</source>
        <translation>imagen grande</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>titular</translation>
    </message>
    <message>
        <source>call to action</source>
        <translation>llamada a la acción</translation>
    </message>
    <message>
        <source>The clinic&apos;s slide file has a mistake, so its last good copy plays. The first problem: %1. Saving here replaces the file.</source>
        <translation>El archivo de diapositivas de la clínica tiene un error, así que se muestra su última copia correcta. El primer problema: %1. Guardar aquí reemplaza el archivo.</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automático</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>fijo</translation>
    </message>
    <message>
        <source>This change could not be saved (%1). It is kept on this screen; the slides that play have not changed. Free some space or ask IT, then try again.</source>
        <translation>No se pudo guardar este cambio (%1). Se conserva en esta pantalla; las diapositivas que se muestran no han cambiado. Libere espacio o pida ayuda a informática, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The last slide cannot be deleted. Switch it off, or add another first.</source>
        <translation>No se puede borrar la última diapositiva. Apáguela, o agregue otra primero.</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>Se borró «%1».</translation>
    </message>
    <message>
        <source>The built-in slides could not be restored (%1).</source>
        <translation>No se pudieron restaurar las diapositivas de fábrica (%1).</translation>
    </message>
    <message>
        <source>The built-in slides play again. The clinic&apos;s slides were kept aside.</source>
        <translation>Se muestran otra vez las diapositivas de fábrica. Las diapositivas de la clínica se guardaron aparte.</translation>
    </message>
    <message>
        <source>No USB drive was found.</source>
        <translation>No se encontró ninguna memoria USB.</translation>
    </message>
    <message>
        <source>Bringing in %1…</source>
        <translation>Trayendo %1…</translation>
    </message>
</context>
<context>
    <name>DeskQueue</name>
    <message>
        <source>Search by name (Ctrl+F)</source>
        <translation>Buscar por nombre (Ctrl+F)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
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
        <source>Call (Alt+C)</source>
        <translation>Llamar (Alt+C)</translation>
    </message>
    <message>
        <source>Seen (Alt+S)</source>
        <translation>Atendido (Alt+S)</translation>
    </message>
    <message>
        <source>No-show (Alt+N)</source>
        <translation>No se presentó (Alt+N)</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Ingresado a mano</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Urgent, not yet acknowledged: %1</source>
        <translation>Urgente, todavía sin confirmar: %1</translation>
    </message>
    <message>
        <source>Acknowledge (Alt+A)</source>
        <translation>Confirmar (Alt+A)</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesita</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No one has checked in today yet.</source>
        <translation>Nadie se ha registrado hoy todavía.</translation>
    </message>
    <message>
        <source>URGENT</source>
        <translation>URGENTE</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>cita</translation>
    </message>
    <message>
        <source>help moving</source>
        <translation>ayuda para moverse</translation>
    </message>
    <message>
        <source>returning</source>
        <translation>ya es paciente</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Was %1 entered in the practice system by hand?</source>
        <translation>¿Se ingresó %1 a mano en el sistema de la clínica?</translation>
    </message>
    <message>
        <source>Only if someone typed this check-in into the practice system: it will not be sent there, and what the practice system said about it is cleared.</source>
        <translation>Solo si alguien escribió este registro en el sistema de la clínica: no se enviará allí, y se borra lo que el sistema de la clínica dijo de él.</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Yes, entered by hand</source>
        <translation>Sí, ingresado a mano</translation>
    </message>
</context>
<context>
    <name>DeskRecords</name>
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
        <source>Write it to</source>
        <translation>Guardarlo en</translation>
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
        <source>Delete all check-ins now…</source>
        <translation>Borrar ahora todos los registros…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de cambios</translation>
    </message>
    <message>
        <source>Delete all check-ins now?</source>
        <translation>¿Borrar ahora todos los registros?</translation>
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
</context>
<context>
    <name>DeskSignIn</name>
    <message>
        <source>Sign in to the front desk</source>
        <translation>Iniciar sesión en la recepción</translation>
    </message>
    <message>
        <source>There is no staff account yet. Make the first one on the kiosk&apos;s screen, or at this PC&apos;s terminal with: kiosk staff add YOUR NAME</source>
        <translation>Todavía no hay ninguna cuenta del personal. Cree la primera en la pantalla del quiosco, o en la terminal de este equipo con: kiosk staff add SU NOMBRE</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Choose your name first</source>
        <translation>Elija primero su nombre</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Sign-in is locked for 1 more second.</source>
        <translation>Demasiados PIN incorrectos. La entrada está bloqueada 1 segundo más.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Sign-in is locked for %1 more seconds.</source>
        <translation>Demasiados PIN incorrectos. La entrada está bloqueada %1 segundos más.</translation>
    </message>
</context>
<context>
    <name>DeskToday</name>
    <message>
        <source>Today so far</source>
        <translation>Hoy hasta ahora</translation>
    </message>
    <message>
        <source>The check-ins cannot be read right now; these are the last figures read.</source>
        <translation>Los registros no se pueden leer ahora; estas son las últimas cifras leídas.</translation>
    </message>
    <message>
        <source>Arrivals by hour</source>
        <translation>Llegadas por hora</translation>
    </message>
    <message>
        <source>No one has checked in today yet.</source>
        <translation>Nadie se ha registrado hoy todavía.</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 desde las %2</translation>
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
        <source>The front desk has been told it is urgent. If it gets worse while you wait, tell the front desk at once or call 911.</source>
        <translation>Ya avisamos a la recepción de que es urgente. Si empeora mientras espera, avise enseguida en la recepción o llame al 911.</translation>
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
        <source>The front desk can see that you have an appointment.</source>
        <translation>En la recepción pueden ver que usted tiene una cita.</translation>
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
    <name>FrontDeskWindow</name>
    <message>
        <source>Front desk: %1</source>
        <translation>Recepción: %1</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>1 waiting</source>
        <translation>1 en espera</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 en espera</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sesión de %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Queue (Ctrl+1)</source>
        <translation>Fila (Ctrl+1)</translation>
    </message>
    <message>
        <source>Today (Ctrl+2)</source>
        <translation>Hoy (Ctrl+2)</translation>
    </message>
    <message>
        <source>Export and audit (Ctrl+3)</source>
        <translation>Exportar y registro (Ctrl+3)</translation>
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
    <name>KioskList</name>
    <message>
        <source>showing slides</source>
        <translation>muestra las diapositivas</translation>
    </message>
    <message>
        <source>a check-in under way</source>
        <translation>un registro en curso</translation>
    </message>
    <message>
        <source>staff mode open</source>
        <translation>modo del personal abierto</translation>
    </message>
    <message>
        <source>asleep for the night</source>
        <translation>apagado por la noche</translation>
    </message>
    <message>
        <source>silent since %1</source>
        <translation>sin noticias desde las %1</translation>
    </message>
    <message>
        <source>Kiosk %1</source>
        <translation>Quiosco %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message>
        <source>%1 waiting to be sent</source>
        <translation>%1 por enviar</translation>
    </message>
    <message>
        <source>no problems at its last start</source>
        <translation>sin problemas al último inicio</translation>
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
        <source>This kiosk is being set up</source>
        <translation>Este quiosco se está configurando</translation>
    </message>
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
        <source>Hide the name</source>
        <translation>Ocultar el nombre</translation>
    </message>
    <message>
        <source>Show the whole name and the reasons</source>
        <translation>Mostrar el nombre completo y los motivos</translation>
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
        <source>appointment</source>
        <translation>cita</translation>
    </message>
    <message>
        <source>%1 · arrived %2 · waited %3 min · %4</source>
        <translation>%1 · llegó a las %2 · esperó %3 min · %4</translation>
    </message>
    <message>
        <source>arrived %1 · waited %2 min · %3</source>
        <translation>llegó a las %1 · esperó %2 min · %3</translation>
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
        <source>Choose the main one.</source>
        <translation>Elija el motivo principal.</translation>
    </message>
</context>
<context>
    <name>RecentCalls</name>
    <message>
        <source>Called:</source>
        <translation>Llamados:</translation>
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
    <message>
        <source>More answers below: tap here to see them</source>
        <translation>Hay más respuestas abajo: toque aquí para verlas</translation>
    </message>
</context>
<context>
    <name>SettingsEditor</name>
    <message>
        <source>The settings file has a problem: %1.</source>
        <translation>El archivo de configuración tiene un problema: %1.</translation>
    </message>
    <message>
        <source>The last good settings are used.</source>
        <translation>Se usa la última configuración correcta.</translation>
    </message>
    <message>
        <source>Any change made here saves a whole new file.</source>
        <translation>Cualquier cambio hecho aquí guarda un archivo nuevo completo.</translation>
    </message>
    <message>
        <source>The settings could not be saved (%1). Nothing was changed; please try again.</source>
        <translation>No se pudo guardar la configuración (%1). No se cambió nada; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The clinic&apos;s name cannot be empty.</source>
        <translation>El nombre de la clínica no puede estar vacío.</translation>
    </message>
    <message>
        <source>White words on %1 have a contrast of only %2 to 1; at least %3 to 1 is needed to read them across the room. Please choose a darker colour.</source>
        <translation>Las letras blancas sobre %1 tienen un contraste de solo %2 a 1; se necesita al menos %3 a 1 para leerlas desde el otro lado de la sala. Elija un color más oscuro.</translation>
    </message>
    <message>
        <source>No USB drive was found; pictures already imported show.</source>
        <translation>No se encontró ninguna memoria USB; se muestran las imágenes ya importadas.</translation>
    </message>
    <message>
        <source>Bringing in %1…</source>
        <translation>Trayendo %1…</translation>
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
        <source>Remove the account of %1? They can no longer sign in. What they did stays in the audit log.</source>
        <translation>¿Eliminar la cuenta de %1? Ya no podrá iniciar sesión. Lo que hizo queda en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
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
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Time on screen</source>
        <translation>Tiempo en pantalla</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horario</translation>
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
        <source>QR code link</source>
        <translation>Enlace del código QR</translation>
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
        <source>This slide</source>
        <translation>Esta diapositiva</translation>
    </message>
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
        <source>Last reviewed: never</source>
        <translation>Última revisión: nunca</translation>
    </message>
    <message>
        <source>Last reviewed: %1</source>
        <translation>Última revisión: %1</translation>
    </message>
    <message>
        <source>Reviewed by: %1</source>
        <translation>Revisado por: %1</translation>
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
        <source>Playing now: the clinic&apos;s slides.</source>
        <translation>Se muestran ahora: las diapositivas de la clínica.</translation>
    </message>
    <message>
        <source>Playing now: the built-in slides.</source>
        <translation>Se muestran ahora: las diapositivas de fábrica.</translation>
    </message>
    <message>
        <source>Playing now: the last good copy of the clinic&apos;s slides.</source>
        <translation>Se muestra ahora: la última copia correcta de las diapositivas de la clínica.</translation>
    </message>
    <message>
        <source>Restore the built-in slides</source>
        <translation>Volver a las de fábrica</translation>
    </message>
</context>
<context>
    <name>StaffAccounts</name>
    <message>
        <source>The staff accounts cannot be read right now. Please try again later.</source>
        <translation>Ahora no se pueden leer las cuentas del personal. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Your own account was switched off or removed meanwhile: nothing was changed.</source>
        <translation>Su propia cuenta se desactivó o se eliminó mientras tanto: no se cambió nada.</translation>
    </message>
    <message>
        <source>You cannot switch off your own account while you are signed in.</source>
        <translation>No puede desactivar su propia cuenta mientras tiene la sesión iniciada.</translation>
    </message>
    <message>
        <source>At least one account must stay able to sign in.</source>
        <translation>Al menos una cuenta debe poder seguir iniciando sesión.</translation>
    </message>
    <message>
        <source>%1 is switched off: it cannot sign in.</source>
        <translation>%1 está desactivada: no puede iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 is switched on: it can sign in again.</source>
        <translation>%1 está activada: puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>You cannot remove your own account while you are signed in.</source>
        <translation>No puede eliminar su propia cuenta mientras tiene la sesión iniciada.</translation>
    </message>
    <message>
        <source>%1 was removed. Its past actions stay in the log.</source>
        <translation>Se eliminó %1. Sus acciones anteriores quedan en el registro.</translation>
    </message>
    <message>
        <source>There is already an account named %1.</source>
        <translation>Ya hay una cuenta llamada %1.</translation>
    </message>
    <message>
        <source>The two PINs were not the same. Please choose the PIN again.</source>
        <translation>Los dos PIN no eran iguales. Elija el PIN otra vez.</translation>
    </message>
    <message>
        <source>The account %1 was made.</source>
        <translation>Se creó la cuenta %1.</translation>
    </message>
    <message>
        <source>%1 has a new PIN.</source>
        <translation>%1 tiene un PIN nuevo.</translation>
    </message>
</context>
<context>
    <name>StaffAccountsSection</name>
    <message>
        <source>Staff accounts</source>
        <translation>Cuentas del personal</translation>
    </message>
    <message>
        <source>you</source>
        <translation>usted</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Añadir una cuenta</translation>
    </message>
</context>
<context>
    <name>StaffCreateAccount</name>
    <message>
        <source>Type the set-up code</source>
        <translation>Escriba el código de configuración</translation>
    </message>
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
        <source>This kiosk takes check-ins once a member of staff can sign in. To make the first account here, print a one-time code at the kiosk&apos;s terminal with: kiosk setup-code</source>
        <translation>Este quiosco acepta registros cuando un miembro del personal puede iniciar sesión. Para crear aquí la primera cuenta, imprima un código de un solo uso en la terminal del quiosco con: kiosk setup-code</translation>
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
    <message>
        <source>Write down the clinic&apos;s recovery code</source>
        <translation>Anote el código de recuperación de la clínica</translation>
    </message>
    <message>
        <source>Patients&apos; check-ins are now sealed: only a staff member&apos;s PIN opens them. If every PIN is forgotten, this code opens them instead. Write it on paper and keep it in the clinic&apos;s safe, not on this kiosk. It is shown only this once.</source>
        <translation>Los registros de los pacientes ahora están sellados: solo el PIN de un miembro del personal los abre. Si se olvidan todos los PIN, este código los abre. Escríbalo en papel y guárdelo en la caja fuerte de la clínica, no en este quiosco. Solo se muestra esta vez.</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Ya lo he anotado</translation>
    </message>
</context>
<context>
    <name>StaffMode</name>
    <message>
        <source>That PIN is not right.</source>
        <translation>Ese PIN no es correcto.</translation>
    </message>
    <message>
        <source>Staff mode cannot open its records right now. Please try again later.</source>
        <translation>El modo del personal no puede abrir sus registros en este momento. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Please tap your name first.</source>
        <translation>Toque primero su nombre.</translation>
    </message>
    <message>
        <source>A PIN has at least %1 digits.</source>
        <translation>Un PIN tiene al menos %1 dígitos.</translation>
    </message>
    <message>
        <source>That PIN is not right. 1 more try before a short lock-out.</source>
        <translation>Ese PIN no es correcto. Queda 1 intento antes de un bloqueo breve.</translation>
    </message>
    <message>
        <source>That PIN is not right. %1 more tries before a short lock-out.</source>
        <translation>Ese PIN no es correcto. Quedan %1 intentos antes de un bloqueo breve.</translation>
    </message>
    <message>
        <source>The set-up code has %1 digits.</source>
        <translation>El código de configuración tiene %1 dígitos.</translation>
    </message>
    <message>
        <source>That is not the set-up code. Please check it and try again.</source>
        <translation>Ese no es el código de configuración. Revíselo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>No set-up code is waiting: it was used, it expired, or it was typed wrong too often. Print a new one at the kiosk&apos;s terminal.</source>
        <translation>No hay ningún código de configuración pendiente: ya se usó, caducó o se escribió mal demasiadas veces. Imprima uno nuevo en la terminal del quiosco.</translation>
    </message>
    <message>
        <source>The two PINs were not the same. Please choose your PIN again.</source>
        <translation>Los dos PIN no eran iguales. Elija su PIN otra vez.</translation>
    </message>
    <message>
        <source>A staff account was made meanwhile. Please sign in with it.</source>
        <translation>Mientras tanto se creó una cuenta de personal. Inicie sesión con ella.</translation>
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
        <translation>¿Tiene una herida abierta, enrojecimiento que se extiende, fiebre o hinchazón súbita?</translation>
    </message>
</context>
<context>
    <name>YesNoStep</name>
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
