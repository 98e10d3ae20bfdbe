import { Image } from '@tarojs/components';
import { iconSource } from './icons/svg';
import type { IconColor, IconName } from './icons/svg';
import '../styles/guide.css';

export type { IconName, IconColor } from './icons/svg';

/** A Tabler icon drawn as an image, in one of the theme's colours; sized by its class (`icon--small`, `icon--large`). */
export function Icon({
  name,
  color = 'primary',
  className = '',
}: {
  name: IconName;
  color?: IconColor;
  className?: string;
}) {
  return <Image className={`icon ${className}`} src={iconSource(name, color)} mode="aspectFit" />;
}
