import { AspectRatio, Center, Group, Image, Stack, UnstyledButton } from '@mantine/core';
import { IconPhotoOff } from '@tabler/icons-react';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** The product's pictures: one large, thumbnails to switch; arrow keys move between them. */
export function Gallery({ images, title }: { images: readonly string[]; title: string }) {
  const { t } = useTranslation('product');
  const [index, setIndex] = useState(0);
  const current = images[Math.min(index, images.length - 1)];
  const move = (event: KeyboardEvent) => {
    if (event.key === 'ArrowRight') setIndex((value) => (value + 1) % images.length);
    else if (event.key === 'ArrowLeft')
      setIndex((value) => (value - 1 + images.length) % images.length);
    else return;
    event.preventDefault();
  };

  return (
    <Stack
      gap="xs"
      role="region"
      aria-label={t('gallery')}
      onKeyDown={images.length > 1 ? move : undefined}
    >
      <AspectRatio ratio={1} maw={440}>
        {current ? (
          <Image
            src={current}
            alt={`${title} — ${t('picture', { index: index + 1, count: images.length })}`}
            radius="md"
            fit="contain"
            bg="gray.0"
          />
        ) : (
          <Center bg="gray.1" style={{ borderRadius: 8 }}>
            <IconPhotoOff size={48} color="var(--mantine-color-gray-5)" aria-hidden />
          </Center>
        )}
      </AspectRatio>
      {images.length > 1 ? (
        <Group gap={6} maw={440}>
          {images.slice(0, 10).map((url, position) => (
            <UnstyledButton
              key={url}
              onClick={() => setIndex(position)}
              aria-label={t('showPicture', { index: position + 1 })}
              aria-pressed={position === index}
              style={{
                borderRadius: 6,
                outline: position === index ? '2px solid var(--mantine-color-orange-6)' : undefined,
              }}
            >
              <Image src={url} alt="" w={52} h={52} radius="sm" fit="cover" loading="lazy" />
            </UnstyledButton>
          ))}
        </Group>
      ) : null}
    </Stack>
  );
}
